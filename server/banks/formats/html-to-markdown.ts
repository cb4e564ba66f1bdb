// HTML from a bank file (GIFT's [html] text, as Moodle writes it) -> the markdown
// the game renders, by node-html-markdown: tags become their markdown, styling
// spans vanish, entities are decoded, scripts and styles are dropped. What the
// text says literally stays literal: "<" and an entity-like "&lt;" are escaped,
// since the game's renderer would read them as HTML or an entity.
import { createRequire } from 'node:module';
import type { NodeHtmlMarkdown, TranslatorConfigObject } from 'node-html-markdown';

/** Characters that would break an image's (url): the link must stay one token for the image checks (images.ts). */
const urlSafe = (url: string) => url.trim().replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

const TRANSLATORS: TranslatorConfigObject = {
  // A bare line break, as the markdown reader keeps every line break (formats/markdown.ts).
  br: { content: '\n', recurse: false },
  img: ({ node }) => {
    const src = node.getAttribute('src') ?? '';
    // A data: image can be a megabyte of text in a question; images come from a zip or an https address.
    if (!src.trim() || /^\s*data:/i.test(src)) return { ignore: true };
    const alt = (node.getAttribute('alt') ?? '').replace(/[[\]\\]/g, '').replace(/\s+/g, ' ').trim();
    return { content: `![${alt}](${urlSafe(src)})`, recurse: false };
  },
};

let converter: NodeHtmlMarkdown | undefined;

/** Loaded on the first HTML text: most banks have none, and each upload's parse child and the CLI start without loading it. */
function theConverter(): NodeHtmlMarkdown {
  if (converter) return converter;
  const library = createRequire(import.meta.url)('node-html-markdown') as typeof import('node-html-markdown');
  converter = new library.NodeHtmlMarkdown(
    {
      bulletMarker: '-',
      // The library's own set plus "<", which the renderer would otherwise take for a tag.
      globalEscape: [/[\\`*_~[\]<]/gm, '\\$&'],
      textReplace: [
        [/&(?=#?\w+;)/g, '\\&'],
        [/\u00a0/g, ' '],
      ],
    },
    TRANSLATORS,
  );
  return converter;
}

export function htmlToMarkdown(html: string): string {
  return theConverter().translate(html).trim();
}
