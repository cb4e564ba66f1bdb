// Checks on the file itself, before any markdown parsing: size, encoding, binary.
import type { Issue } from './types';

/**
 * Largest bank accepted, by the CLI and by upload: 256 KiB. The seed bank of 20
 * questions is 13 KiB, so this fits well over 300 such questions, while keeping a
 * request's parse (done in memory, in the game server's process) small.
 */
export const MAX_BANK_BYTES = 256 * 1024;

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
