// Test helper: zips written byte by byte, so a test can make one lie where a
// hostile file does (a size, a checksum, a record missing from the central
// directory, two records over the same bytes) and everything else honest.
import { strToU8, unzipSync } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { buildXlsx, type SheetCell } from './xlsx-fixture';

const MIB = 1024 * 1024;
const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_RECORD = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
/** General-purpose bit 3: sizes and CRC follow the data, the local header has zeros. */
const HAS_DATA_DESCRIPTOR = 0x0008;
const UTF8_NAME = 0x0800;

/** An entry's data as it sits in the zip, and what it unpacks to. */
export interface PackedData {
  data: Uint8Array;
  size: number;
  crc: number;
}

export interface ZipEntrySpec {
  name: string;
  /** what the entry unpacks to, or data packed already (a deflate stream too large to hold unpacked) */
  content: Uint8Array | PackedData;
  /** 0 stored, 8 deflate (the default); any other method is written as is, over the content stored */
  method?: number;
  /** bit 3: the local header says 0 for the sizes and CRC, a data descriptor after the data says them */
  dataDescriptor?: boolean;
  /** the central directory's record: false for none (only the local header exists), or values that lie */
  directory?: false | { size?: number; compressedSize?: number; crc?: number };
  /** central directory records for this one local header (2 or more overlap) */
  records?: number;
}

interface Laid {
  spec: ZipEntrySpec;
  packed: PackedData;
  method: number;
  flags: number;
  offset: number;
}

const isPacked = (content: ZipEntrySpec['content']): content is PackedData => !(content instanceof Uint8Array);

function pack(spec: ZipEntrySpec): PackedData {
  if (isPacked(spec.content)) return spec.content;
  const method = spec.method ?? 8;
  return { data: method === 8 ? deflateRawSync(spec.content) : spec.content, size: spec.content.byteLength, crc: crc32(spec.content) };
}

class Writer {
  private parts: Uint8Array[] = [];
  length = 0;
  bytes(part: Uint8Array): this {
    this.parts.push(part);
    this.length += part.byteLength;
    return this;
  }
  u16(value: number): this {
    return this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }
  u32(value: number): this {
    return this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }
}

function writeLocal(out: Writer, { spec, packed, method, flags }: Laid): void {
  const name = strToU8(spec.name);
  const later = spec.dataDescriptor === true;
  out.u32(LOCAL_HEADER).u16(20).u16(flags).u16(method).u16(0).u16(0x21);
  out.u32(later ? 0 : packed.crc).u32(later ? 0 : packed.data.byteLength).u32(later ? 0 : packed.size);
  out.u16(name.byteLength).u16(0).bytes(name).bytes(packed.data);
  if (later) out.u32(DATA_DESCRIPTOR).u32(packed.crc).u32(packed.data.byteLength).u32(packed.size);
}

function writeRecord(out: Writer, { spec, packed, method, flags, offset }: Laid): void {
  const lie = spec.directory || {};
  const name = strToU8(spec.name);
  out.u32(DIRECTORY_RECORD).u16(20).u16(20).u16(flags).u16(method).u16(0).u16(0x21);
  out.u32(lie.crc ?? packed.crc).u32(lie.compressedSize ?? packed.data.byteLength).u32(lie.size ?? packed.size);
  out.u16(name.byteLength).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
}

/** A zip of these entries in this order, each honest unless its spec says where to lie. */
export function buildZip(entries: ZipEntrySpec[]): Uint8Array {
  const out = new Writer();
  const laid: Laid[] = [];
  for (const spec of entries) {
    const entry = { spec, packed: pack(spec), method: spec.method ?? 8, flags: UTF8_NAME | (spec.dataDescriptor ? HAS_DATA_DESCRIPTOR : 0), offset: out.length };
    writeLocal(out, entry);
    laid.push(entry);
  }
  const start = out.length;
  let records = 0;
  for (const entry of laid) {
    const copies = entry.spec.directory === false ? 0 : (entry.spec.records ?? 1);
    for (let copy = 0; copy < copies; copy++) writeRecord(out, entry);
    records += copies;
  }
  const size = out.length - start;
  out.u32(END_OF_DIRECTORY).u16(0).u16(0).u16(records).u16(records).u32(size).u32(start).u16(0);
  return out.done();
}

/** Where a zip written by buildZip has its central directory: after the last local record. */
const directoryOffset = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset, zip.byteLength).getUint32(zip.byteLength - 6, true);

/**
 * "a.md" stored, its directory record stretching its data over the whole local
 * record of "b.md" that follows it: the overlap trick of zip bombs, where one
 * compressed kernel is counted by every record over it.
 */
export function overlappingZip(): Uint8Array {
  const b: ZipEntrySpec = { name: 'b.md', content: strToU8('Q?\n\n- [x] a\n- [ ] b\n') };
  const alone = buildZip([b]);
  const bRecord = alone.subarray(0, directoryOffset(alone));
  const covering = { size: bRecord.byteLength, compressedSize: bRecord.byteLength, crc: crc32(bRecord) };
  return buildZip([{ name: 'a.md', content: new Uint8Array(), method: 0, directory: covering }, b]);
}

/** A raw deflate stream of `head`, `spaces` spaces and `tail`, the spaces one compressed MiB repeated (3 GiB cost 3 MB). */
export function deflatedSpaces(head: string, spaces: number, tail: string): PackedData {
  const flush = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const mib = Buffer.alloc(MIB, 0x20);
  const mibPacked = deflateRawSync(mib, flush);
  const rest = spaces % MIB;
  const parts: Uint8Array[] = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let i = 0; i < Math.floor(spaces / MIB); i++) {
    parts.push(mibPacked);
    crc = crc32(mib, crc);
  }
  if (rest) {
    parts.push(deflateRawSync(mib.subarray(0, rest), flush));
    crc = crc32(mib.subarray(0, rest), crc);
  }
  // Independent, byte-aligned, non-final blocks chain into one stream; the last block ends it.
  parts.push(deflateRawSync(tail));
  return { data: Buffer.concat(parts), size: Buffer.byteLength(head) + spaces + Buffer.byteLength(tail), crc: crc32(tail, crc) };
}

const SHEET = 'xl/worksheets/sheet1.xml';
/** One Kahoot-style question, so a reader that reads the sheet finds something to import. */
const ONE_QUESTION: SheetCell[][] = [
  ['Question', 'Answer 1', 'Answer 2', 'Correct answer(s)'],
  ['Which planet is largest?', 'Mars', 'Jupiter', 2],
];

/** The parts of a one-sheet, one-question .xlsx (buildXlsx's), the sheet last. */
export function xlsxEntries(): ZipEntrySpec[] {
  const parts = unzipSync(buildXlsx(ONE_QUESTION));
  const names = Object.keys(parts).filter((name) => name !== SHEET);
  return [...names, SHEET].map((name) => ({ name, content: parts[name]! }));
}

/** An .xlsx whose sheet entry is written over by `change` (a lying size, a bad CRC, another method...). */
export function hostileXlsx(change: Partial<ZipEntrySpec>): Uint8Array {
  return buildZip(xlsxEntries().map((entry) => (entry.name === SHEET ? { ...entry, ...change } : entry)));
}

/**
 * The finding of issue 18: an .xlsx whose worksheet has the data-descriptor flag,
 * zero sizes in its local header and no central-directory record, and unpacks to
 * `inflatedBytes`: a sheet with one question, then spaces. A reader that streams
 * local headers inflates it all: 3 GiB of spaces pack into about 3.1 MB.
 */
export function dataDescriptorBombXlsx(inflatedBytes: number): Uint8Array {
  const sheet = Buffer.from(xlsxEntries().at(-1)!.content as Uint8Array).toString('utf8');
  return hostileXlsx({ content: deflatedSpaces(sheet, inflatedBytes - Buffer.byteLength(sheet), ''), dataDescriptor: true, directory: false });
}
