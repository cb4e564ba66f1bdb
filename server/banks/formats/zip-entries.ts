// The one zip reader of the app (bank zips and .xlsx spreadsheets alike). It
// trusts the central directory only: an entry is what a directory record says,
// its local header must agree with it, and a local header no record points at is
// never read (a streaming reader inflates such an entry without a bound: 3 GiB
// from a 3.1 MB .xlsx). Each entry inflates into at most the size its record
// declares, which callers check against their limits before inflating anything,
// and must then match that size and its CRC-32. Anything else is refused with one
// line for the user.
import { crc32, inflateRawSync } from 'node:zlib';

/** An entry as its central-directory record declares it. */
export interface ZipEntry {
  name: string;
  /** declared unpacked size: the most reading it may produce */
  size: number;
  compressedSize: number;
  method: number;
  crc: number;
  /** where its data starts, past the local header */
  dataStart: number;
}

/** A zip that is refused; the message is one line for the user. */
export class ZipRefusal extends Error {}

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_RECORD = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATE = 8;
const ENCRYPTED = 0x0001;
const UTF8_NAME = 0x0800;
const METHOD_NAMES: Record<number, string> = { 1: 'Shrink', 6: 'Implode', 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES encryption' };

/** What the refusals call the file: "the zip", "the spreadsheet". */
export type ZipKind = 'zip' | 'spreadsheet';

/** 20 -> "20 bytes", 5242880 -> "5.0 MiB". */
const amount = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** UTF-8 when flagged or when it decodes as UTF-8 (macOS writes UTF-8 without the flag), else Latin-1. */
function decodeName(raw: Uint8Array, flags: number): string {
  try {
    return utf8.decode(raw);
  } catch {
    return flags & UTF8_NAME ? new TextDecoder('utf-8').decode(raw) : latin1.decode(raw);
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);

/**
 * Every entry of the zip, from its central directory, each checked against its
 * local header; refused (ZipRefusal) on ZIP64, several disks, encryption, a
 * method other than stored or deflate, a local header that disagrees with its
 * record, data outside the file, or two entries over the same bytes.
 */
export function zipEntries(bytes: Uint8Array, kind: ZipKind): ZipEntry[] {
  const refuse = (message: string): never => {
    throw new ZipRefusal(`the ${kind} ${message}; nothing was read`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.byteLength ? view.getUint16(at, true) : refuse('is cut short'));
  const u32 = (at: number) => (at + 4 <= bytes.byteLength ? view.getUint32(at, true) : refuse('is cut short'));

  let end = bytes.byteLength - END_LENGTH;
  const lowest = Math.max(0, end - MAX_COMMENT);
  while (end >= lowest && !(view.getUint32(end, true) === END_OF_DIRECTORY && end + END_LENGTH + u16(end + 20) <= bytes.byteLength)) end--;
  if (end < lowest) refuse('has no central directory (is it a zip, and whole?)');
  const [disk, directoryDisk, onDisk, count, directorySize, directoryStart] = [u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10), u32(end + 12), u32(end + 16)];
  // A ZIP64 end record is ignored while the classic one still holds the real values.
  const saturated = count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff;
  if (saturated && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) refuse('is a ZIP64 archive, which is not supported');
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) refuse('is split over several disks, which is not supported');
  if (directoryStart + directorySize > end) refuse('has a central directory that runs past its end');

  const entries: ZipEntry[] = [];
  const spans: { start: number; end: number; name: string }[] = [];
  const names = new Set<string>();
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || u32(at) !== DIRECTORY_RECORD) refuse('has a damaged central directory');
    const [flags, method, crc, compressedSize, size] = [u16(at + 8), u16(at + 10), u32(at + 16), u32(at + 20), u32(at + 24)];
    const [nameLength, extraLength, commentLength, offset] = [u16(at + 28), u16(at + 30), u16(at + 32), u32(at + 42)];
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > end) refuse('has a damaged central directory');
    const name = decodeName(rawName, flags);
    const entryRefusal = (why: string) => refuse(`holds an entry "${name}" that ${why}`);
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) entryRefusal('needs ZIP64, which is not supported');
    if (flags & ENCRYPTED) entryRefusal('is encrypted');
    if (method !== STORED && method !== DEFLATE) entryRefusal(`is packed with ${METHOD_NAMES[method] ?? `method ${method}`}, which Cramjam cannot unpack (only stored and deflate)`);
    if (method === STORED && compressedSize !== size) entryRefusal('is stored with two different sizes');
    if (offset + 30 > directoryStart || u32(offset) !== LOCAL_HEADER) entryRefusal('points at no local header');
    const localNameLength = u16(offset + 26);
    const dataStart = offset + 30 + localNameLength + u16(offset + 28);
    if (!sameBytes(bytes.subarray(offset + 30, offset + 30 + localNameLength), rawName)) entryRefusal('has another name in its local header');
    if (u16(offset + 8) !== method) entryRefusal('has another packing method in its local header');
    if (dataStart + compressedSize > directoryStart) entryRefusal('runs past the end of its data');
    if (names.has(name)) entryRefusal('is in it twice');
    names.add(name);
    entries.push({ name, size, compressedSize, method, crc, dataStart });
    spans.push({ start: offset, end: dataStart + compressedSize, name });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let index = 1; index < spans.length; index++) {
    const [before, after] = [spans[index - 1]!, spans[index]!];
    if (after.start < before.end) refuse(`holds entries "${before.name}" and "${after.name}" over the same bytes (a zip bomb's trick)`);
  }
  return entries;
}

/**
 * The entry's bytes, inflated into at most its declared size (zlib stops as
 * soon as the output passes it), then checked for that exact size and its CRC-32.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, kind: ZipKind): Uint8Array {
  const refuse = (why: string): never => {
    throw new ZipRefusal(`the ${kind} holds an entry "${entry.name}" that ${why}; nothing was read`);
  };
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const data = entry.method === DEFLATE ? inflateBounded(packed, entry.size, refuse) : packed.slice();
  if (data.byteLength !== entry.size) refuse(`unpacks to ${amount(data.byteLength)}, not the ${amount(entry.size)} it declares`);
  if (crc32(data) !== entry.crc) refuse('fails its checksum (CRC-32): the file is damaged');
  return data;
}

function inflateBounded(packed: Uint8Array, size: number, refuse: (why: string) => never): Uint8Array {
  try {
    const out = inflateRawSync(packed, { maxOutputLength: Math.max(1, size) });
    // A plain Uint8Array like a stored entry's; a small Buffer shares Node's pool, so it is copied out of it.
    return out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? new Uint8Array(out.buffer) : new Uint8Array(out);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return refuse(code === 'ERR_BUFFER_TOO_LARGE' ? `unpacks to more than the ${amount(size)} it declares` : `is damaged (${(error as Error).message})`);
  }
}
