// Small string helpers for comparing and quoting questions and options.

/** Key for "is this the same text?": case, spacing and trailing punctuation don't count. */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?:;,…]+$/, '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The start of a text, cut at a word boundary, for quoting in messages. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Plain text from a non-markdown format, escaped so it shows as written when rendered as markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~!]/g, '\\$&').replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3').replace(/^(\s*)([-+=])/gm, '$1\\$2');
}
