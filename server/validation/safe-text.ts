import { z } from 'zod';

/**
 * Text that may cross the boundary: no control characters (NUL among them, which
 * Postgres refuses in text) and no lone UTF-16 surrogates (not valid UTF-8 at
 * all). Refused with a message that names the field, never passed on: one
 * player's poison must not reach a write shared with everyone else's answers.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// eslint-disable-next-line no-control-regex -- the control characters a text file has no use for: all but tab and line breaks
const STRAY_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Text read from a file (a spreadsheet's cells) with what no bank needs dropped: stray control characters, NUL among them, and lone surrogates. */
export function withoutStrays(text: string): string {
  return text.replace(STRAY_CONTROLS, '').replace(LONE_SURROGATES, '');
}

/** What is wrong with `text` as a value of `field`, or null. */
export function textProblem(text: string, field: string): string | null {
  if (CONTROL.test(text)) return `The ${field} holds a control character: remove it and try again.`;
  if (LONE_SURROGATE.test(text)) return `The ${field} holds a broken character (a lone UTF-16 surrogate): remove it and try again.`;
  return null;
}

/** A zod string that refuses unsafe text, naming `field` in its message. */
export function safeString(field: string) {
  return z.string().superRefine((text, ctx) => {
    const problem = textProblem(text, field);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
