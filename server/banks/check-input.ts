// Checks on the file itself, before any markdown parsing: size, encoding, binary.
import type { Issue } from './types';

/**
 * Largest bank file accepted, by the CLI and by upload: 5 MiB. Public practice-exam
 * READMEs run to about 750 KiB; uploads are parsed in a child process with a time and memory budget
 * (parse/off-thread.ts), so a big file costs the game server nothing but a core.
 */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;
/** Most questions in one bank (see `npm run bench:parse` for how long such a file takes). */
export const MAX_QUESTIONS = 5000;

/**
 * Deeper nesting than any bank needs, refused before the markdown parser sees it:
 * its cost grows with the square of the depth (32 KB of ">" took 37 s).
 */
const MAX_QUOTE_DEPTH = 8;
const MAX_LIST_INDENT = 40;
/** Emphasis marks cost the markdown parser more the more there are; a real bank has a few per question. */
const MAX_EMPHASIS_RUNS = 50_000;
const MAX_EMPHASIS_RUNS_PER_PARAGRAPH = 200;
/**
 * Character references ("&amp;", "&#123;") are the markdown parser's costliest
 * text: 2 MiB of them in one paragraph took 1.4 GB and 17 s, so 5 MiB passed any
 * heap limit. This many still parse within a 64 MB heap. A real bank has a handful, if any.
 */
export const MAX_CHARACTER_REFERENCES = 25_000;

/** Tab, newline, form feed and carriage return: the control characters text may hold. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
/** Real text has next to none; a few stray ones are tolerated, a binary file has many. */
const MAX_CONTROL_RATIO = 0.01;

function sizeIssue(bytes: number): Issue[] {
  if (bytes <= MAX_BANK_BYTES) return [];
  const kib = (bytes / 1024).toFixed(0);
  return [{ line: 1, message: `file is ${kib} KiB; a bank may be at most ${MAX_BANK_BYTES / 1024} KiB` }];
}

/** Decodes an uploaded or read file as UTF-8 text, or says why it can't be a bank. */
export function decodeBankBytes(bytes: Uint8Array): { text?: string; errors: Issue[] } {
  const tooBig = sizeIssue(bytes.byteLength);
  if (tooBig.length) return { errors: tooBig };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), errors: [] };
  } catch {
    return { errors: [{ line: 1, message: 'file is not UTF-8 text (is it a binary file?); a bank must be a markdown file saved as UTF-8' }] };
  }
}

/** NUL anywhere, or more than a stray few other control characters. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) controls++;
  }
  return controls > Math.max(1, text.length * MAX_CONTROL_RATIO);
}

export function checkBankText(text: string): Issue[] {
  const tooBig = sizeIssue(new TextEncoder().encode(text).byteLength);
  if (tooBig.length) return tooBig;
  if (looksBinary(text)) {
    return [{ line: 1, message: 'file contains binary data (NUL or control characters); a bank must be a markdown text file' }];
  }
  if (!text.trim()) return [{ line: 1, message: 'file is empty' }];
  return [];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const EMPHASIS_RUN = /[*_]+/g;
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;

/**
 * Markdown shapes that would make the parser slow (deep quote or list nesting, a
 * flood of emphasis marks) or take too much memory (a flood of character
 * references), found in one linear pass over the lines, so such a file is
 * refused in milliseconds with the line to look at. Code fences are skipped.
 */
export function checkMarkdownShape(text: string): Issue[] {
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  let runs = 0;
  let references = 0;
  let paragraphRuns = 0;
  let paragraphLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const lead = /^[ \t>]*/.exec(line)![0];
    const depth = lead.split('>').length - 1;
    if (depth > MAX_QUOTE_DEPTH) {
      return [{ line: i + 1, message: `quotes (">") nested ${depth} deep; a bank may nest them at most ${MAX_QUOTE_DEPTH} deep` }];
    }
    const indent = LIST_ITEM.exec(line)?.[1]?.replace(/\t/g, '    ').length ?? 0;
    if (indent > MAX_LIST_INDENT) {
      return [{ line: i + 1, message: `a list item indented ${indent} spaces: lists nested this deep are refused (at most ${MAX_LIST_INDENT} spaces)` }];
    }
    if (!line.trim()) {
      paragraphRuns = 0;
      continue;
    }
    if (paragraphRuns === 0) paragraphLine = i + 1;
    const count = line.match(EMPHASIS_RUN)?.length ?? 0;
    paragraphRuns += count;
    runs += count;
    if (paragraphRuns > MAX_EMPHASIS_RUNS_PER_PARAGRAPH) {
      return [{ line: paragraphLine, message: `this paragraph has over ${MAX_EMPHASIS_RUNS_PER_PARAGRAPH} "*" or "_" marks; put text like this in a code block` }];
    }
    if (runs > MAX_EMPHASIS_RUNS) {
      return [{ line: i + 1, message: `the file has over ${MAX_EMPHASIS_RUNS} "*" or "_" marks; split it into smaller banks` }];
    }
    // Counted one by one up to the limit: a 5 MiB line of them is one line.
    for (CHARACTER_REFERENCE.lastIndex = 0; references <= MAX_CHARACTER_REFERENCES && CHARACTER_REFERENCE.exec(line); ) references++;
    if (references > MAX_CHARACTER_REFERENCES) {
      return [{ line: i + 1, message: `the file has over ${MAX_CHARACTER_REFERENCES.toLocaleString('en')} character references like "&amp;" or "&#123;"; write the characters themselves, or split it into smaller banks` }];
    }
  }
  return [];
}
