// Checks on the file itself, before any markdown parsing: size, encoding, binary.
import type { Issue } from './types';

/**
 * Largest bank accepted, by the CLI and by upload: 256 KiB. The seed bank of 20
 * questions is 13 KiB, so this fits well over 300 such questions, while keeping a
 * request's parse (done in memory, in the game server's process) small.
 */
export const MAX_BANK_BYTES = 256 * 1024;

/** Control characters other than tab, newline, carriage return and form feed. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
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

export function checkBankText(text: string): Issue[] {
  const tooBig = sizeIssue(new TextEncoder().encode(text).byteLength);
  if (tooBig.length) return tooBig;
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(1, text.length * MAX_CONTROL_RATIO)) {
    return [{ line: 1, message: 'file contains binary data (NUL or control characters); a bank must be a markdown text file' }];
  }
  if (!text.trim()) return [{ line: 1, message: 'file is empty' }];
  return [];
}
