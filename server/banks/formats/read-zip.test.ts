// A bank zip is read from its central directory only, each entry bounded by the
// size it declares and checked by its CRC; every lie a hostile zip can tell is
// refused in one line (the zips are written byte by byte in tests/support/hostile-zip.ts).
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedSpaces, overlappingZip, type ZipEntrySpec } from '../../../tests/support/hostile-zip';
import { readBankBytes } from '../read-bank';

const QUESTION = 'Q?\n\n- [x] a\n- [ ] b\n';
/** A one-question file, its stem its name ("a.md" asks "a?"). */
const question = (name: string, lie: Partial<ZipEntrySpec> = {}): ZipEntrySpec => ({ name, content: strToU8(QUESTION.replace('Q', name[0]!)), ...lie });
const read = (zip: Uint8Array) => readBankBytes('bank.zip', zip);
const problems = (zip: Uint8Array) => read(zip).errors.map((issue) => `${issue.line}: ${issue.message}`);
const stems = (zip: Uint8Array) => read(zip).importable?.questions.map((q) => q.stem);

describe('reading a bank zip', () => {
  it('reads stored and deflated entries, with or without a data descriptor, as their directory records say', () => {
    const zip = buildZip([question('a.md', { method: 0 }), question('b.md'), question('c.md', { dataDescriptor: true })]);
    expect(read(zip).errors).toEqual([]);
    expect(stems(zip)).toEqual(['a?', 'b?', 'c?']);
  });

  it('never reads an entry that only a local header names, not the central directory', () => {
    const hidden = { name: 'hidden.md', content: strToU8('Hidden?\n\n- [x] a\n- [ ] b\n'), dataDescriptor: true, directory: false } as const;
    expect(stems(buildZip([question('a.md'), hidden]))).toEqual(['a?']);
  });

  it('refuses an entry that unpacks to more than it declares, stopping there: 64 MiB behind a record of 1 KiB', () => {
    const bomb = buildZip([{ name: 'a.md', content: deflatedSpaces(QUESTION, 64 * 1024 * 1024, ''), directory: { size: 1024 } }]);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(problems(bomb)).toEqual(['1: the zip holds an entry "a.md" that unpacks to more than the 1.0 KiB it declares; nothing was read']);
  });

  it('refuses an entry that unpacks to less than it declares', () => {
    expect(problems(buildZip([question('a.md', { directory: { size: 100 } })]))).toEqual([
      '1: the zip holds an entry "a.md" that unpacks to 20 bytes, not the 100 bytes it declares; nothing was read',
    ]);
  });

  it('refuses an entry whose CRC-32 does not match what it unpacks to', () => {
    expect(problems(buildZip([question('a.md', { directory: { crc: 1 } })]))).toEqual([
      '1: the zip holds an entry "a.md" that fails its checksum (CRC-32): the file is damaged; nothing was read',
    ]);
  });

  it('refuses, by name, a packing method other than stored and deflate', () => {
    expect(problems(buildZip([question('a.md', { method: 12 })]))).toEqual([
      '1: the zip holds an entry "a.md" that is packed with bzip2, which Cramjam cannot unpack (only stored and deflate); nothing was read',
    ]);
  });

  it('refuses entries over the same bytes: one record stretched over the next local header, or two records of one header', () => {
    expect(problems(overlappingZip())).toEqual(['1: the zip holds entries "a.md" and "b.md" over the same bytes (a zip bomb\'s trick); nothing was read']);
    expect(problems(buildZip([question('a.md', { records: 2 })]))).toEqual(['1: the zip holds an entry "a.md" that is in it twice; nothing was read']);
  });

  it('refuses a local header that disagrees with its directory record', () => {
    const zip = buildZip([question('a.md')]);
    zip[30] = 'z'.charCodeAt(0);
    expect(problems(zip)).toEqual(['1: the zip holds an entry "a.md" that has another name in its local header; nothing was read']);
  });

  it('refuses a zip cut short, split over several disks, or needing ZIP64', () => {
    const zip = buildZip([question('a.md')]);
    const end = zip.byteLength - 22;
    expect(problems(zip.slice(0, zip.byteLength - 10))).toEqual(['1: the zip has no central directory (is it a zip, and whole?); nothing was read']);
    const split = zip.slice();
    split[end + 4] = 1;
    expect(problems(split)).toEqual(['1: the zip is split over several disks, which is not supported; nothing was read']);
    // A ZIP64 locator before the end record, whose entry counts say "see the ZIP64 record".
    const zip64 = new Uint8Array(zip.byteLength + 20);
    zip64.set(zip.subarray(0, end));
    zip64.set([0x50, 0x4b, 0x06, 0x07], end);
    zip64.set(zip.subarray(end), end + 20);
    zip64.fill(0xff, end + 20 + 8, end + 20 + 12);
    expect(problems(zip64)).toEqual(['1: the zip is a ZIP64 archive, which is not supported; nothing was read']);
  });
});
