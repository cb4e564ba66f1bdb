// Any bank -> Cramjam markdown that reads back to the same questions, so a group
// can edit an imported bank (GIFT, CSV, a zip...) as one file: front matter,
// "##" sections, and each question as a numbered item with its options as a
// task list (an option's own note quoted under it), then its explanation, why-not
// notes (~~...~~) and "Learn more" links.
// A bank with images travels as a zip (exportBankZip): the markdown and the images it links.
import { strToU8, zipSync } from 'fflate';
import { caseStudyMarkdown, formMarkdown } from './formats/question-forms';
import { IMAGE_URL_PREFIX, type BankImage } from './images';
import type { ParsedBank, ParsedLink, ParsedOption } from './types';

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `   ${line}` : ''))
    .join('\n');

/** A task-list item; an option's later lines continue under its text, and its note is quoted under it (formats/task-list.ts). */
function option({ text, correct, note }: Pick<ParsedOption, 'text' | 'correct' | 'note'>): string {
  const item = `- [${correct ? 'x' : ' '}] ${text.split('\n').join('\n      ')}`;
  return note ? `${item}\n${note.split('\n').map((line) => (line ? `  > ${line}` : '  >')).join('\n')}` : item;
}

function link({ title, url }: ParsedLink): string {
  const safeUrl = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `[${title.replace(/([\\[\]])/g, '\\$1')}](${safeUrl})`;
}

export function exportBankMarkdown(bank: Pick<ParsedBank, 'title' | 'description' | 'questions'>): string {
  const out = ['---', `title: ${JSON.stringify(bank.title)}`];
  if (bank.description) out.push(`description: ${JSON.stringify(bank.description)}`);
  out.push('---', '');
  let section: string | undefined;
  let scenario: string | undefined;
  bank.questions.forEach((question, index) => {
    if (question.section !== section) {
      section = question.section;
      scenario = undefined;
      // A question before any section keeps an empty one: give it none.
      if (section) out.push(`## ${section}`, '');
    }
    // A case study opens with its heading; a question outside one after it needs its section again.
    if (question.caseStudy && question.caseStudy.scenario !== scenario) out.push(caseStudyMarkdown(question.caseStudy), '');
    else if (!question.caseStudy && scenario !== undefined && section) out.push(`## ${section}`, '');
    scenario = question.caseStudy?.scenario;
    const answers = formMarkdown(question) ?? question.options.map(option).join('\n');
    const parts = [question.stem, answers];
    if (question.explanation) parts.push(question.explanation);
    for (const note of question.whyNot) parts.push(`~~${note}~~`);
    if (question.links.length) parts.push(`Learn more: ${question.links.map(link).join(', ')}`);
    const body = indent(parts.join('\n\n'));
    out.push(`${index + 1}. ${body.slice(3)}`, '');
  });
  return out.join('\n');
}

/** A stored image's link in an exported bank: /api/banks/images/<sha256>, which only the server that stored it serves. */
const STORED_IMAGE = new RegExp(`${IMAGE_URL_PREFIX.replace(/\//g, '\\/')}([0-9a-f]{64})`, 'g');

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Where an image sits in an exported zip, beside the markdown that links it. */
export const imagePath = (image: Pick<BankImage, 'sha256' | 'contentType'>) => `images/${image.sha256}.${EXTENSIONS[image.contentType] ?? 'bin'}`;

/** The stored images an exported markdown links, by hash, in the order it first links them. */
export function linkedImages(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(STORED_IMAGE)].map(([, sha256]) => sha256!))];
}

/**
 * The bank as a zip that travels: its markdown (bank.md) with every stored image
 * linked at images/<sha256>.<ext> beside it, so the zip reads back, anywhere, to
 * the same questions. `missing` are the linked images it could not carry, for the caller to name.
 */
export function exportBankZip(bank: Parameters<typeof exportBankMarkdown>[0], images: Pick<BankImage, 'sha256' | 'contentType' | 'bytes'>[]): { zip: Uint8Array; carried: number; missing: string[] } {
  const markdown = exportBankMarkdown(bank);
  const bySha = new Map(images.map((image) => [image.sha256, image]));
  const linked = linkedImages(markdown);
  const carried = linked.flatMap((sha256) => bySha.get(sha256) ?? []);
  const text = markdown.replace(STORED_IMAGE, (whole, sha256: string) => {
    const image = bySha.get(sha256);
    return image ? imagePath(image) : whole;
  });
  const files = Object.fromEntries([['bank.md', strToU8(text)], ...carried.map((image) => [imagePath(image), image.bytes] as const)]);
  return { zip: zipSync(files, { level: 6 }), carried: carried.length, missing: linked.filter((sha256) => !bySha.has(sha256)) };
}
