// Test helper: the hostile bank files of issue 18, built in code (never committed),
// shared by the unit tests, the integration tests and `npm run bench:uploads`.

const MIB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

/** Markdown of nothing but character references, `&amp;&#123;&#x41; ` repeated up to `bytes`: one paragraph, 3 references every 18 bytes. */
export function entityMarkdown(bytes = 5 * MIB): Uint8Array<ArrayBuffer> {
  const unit = '&amp;&#123;&#x41; ';
  return encode(unit.repeat(Math.floor(bytes / unit.length)));
}

/** A CSV with a valid header and `rows` bad rows (each names an option it does not have): 8 bytes a row, 655,348 fill 5 MiB. */
export function badRowsCsv(rows = 655_348): Uint8Array<ArrayBuffer> {
  return encode(`Question,A,B,Correct\n${'q,a,b,9\n'.repeat(rows)}`);
}

/** An Aiken question whose ANSWER line holds `spaces` spaces before a stray "!". */
export function whitespaceAiken(spaces = 4 * MIB): Uint8Array<ArrayBuffer> {
  return encode(`Which service stores objects?\nA. Amazon EBS\nB. Amazon S3\nANSWER: B${' '.repeat(spaces)}!\n`);
}

/**
 * One paragraph of `[a](b) ` links up to `bytes`: within every cap, yet the markdown parser
 * holds about 2.5 KB per byte of it, so 1 MiB passes a 64 MB heap (the memory budget's test).
 */
export function linkMarkdown(bytes = 1024 * 1024): Uint8Array<ArrayBuffer> {
  return encode('[a](b) '.repeat(Math.floor(bytes / 7)));
}
