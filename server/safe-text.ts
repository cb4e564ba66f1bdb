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
