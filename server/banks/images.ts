// Images in a question's markdown. One found in the bank's zip or folder is
// checked by its content (a real PNG, JPEG, GIF or WebP of at most 2 MiB; SVG is
// refused, as it can carry scripts) and its link rewritten to the URL the app
// serves it at, by content hash, so it is stored once however many banks use it.
// An https image is kept (phones load it from the internet, so say so); any other
// image would show broken in the game, so it is a warning with its question's line.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Issue, ParsedQuestion } from './types';
import { excerpt } from './text';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** File endings taken from a zip or folder as images (an .svg only to refuse it by name). */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg'];
/** Where the app serves a stored image: GET /api/banks/images/<sha256>. */
export const IMAGE_URL_PREFIX = '/api/banks/images/';

/** An image file as found in a zip or folder, its path relative to the bank's root. */
export interface ImageFile {
  path: string;
  bytes: Uint8Array;
}

/** An image that passed the checks, stored with the bank that links it. */
export interface BankImage {
  sha256: string;
  contentType: string;
  bytes: Uint8Array;
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The image type its first bytes prove, whatever the file is named. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

/** The stored image, or why it was refused. */
export function checkImage(file: ImageFile): BankImage | string {
  const size = file.bytes.byteLength;
  if (size > MAX_IMAGE_BYTES) return `it is ${(size / 1024 / 1024).toFixed(1)} MiB; an image may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`;
  const contentType = sniffImageType(file.bytes);
  if (!contentType) {
    const svg = file.path.toLowerCase().endsWith('.svg') || /^\s*(<\?xml|<svg)/i.test(new TextDecoder().decode(file.bytes.subarray(0, 256)));
    return svg
      ? 'SVG images are refused (an SVG can hold scripts); save it as PNG'
      : 'it is not a PNG, JPEG, GIF or WebP image by its content';
  }
  return { sha256: createHash('sha256').update(file.bytes).digest('hex'), contentType, bytes: file.bytes };
}

/** The images of a zip or folder by path, each checked once, and the folder a link starting with "/" starts from. */
export interface ImageShelf {
  images: Map<string, BankImage | string>;
  root: string;
}

export const EMPTY_SHELF: ImageShelf = { images: new Map(), root: '' };

const slashed = (path: string) => path.replace(/\\/g, '/');

/**
 * `paths` are all the zip's or folder's files. Its root is the folder itself,
 * or the one folder holding everything (as GitHub's "Download ZIP" wraps a repository).
 */
export function shelveImages(files: ImageFile[], paths: string[]): ImageShelf {
  const tops = new Set(paths.map((path) => (slashed(path).includes('/') ? slashed(path).split('/')[0] : '')));
  const [top] = tops;
  return {
    images: new Map(files.map((file) => [posix.normalize(slashed(file.path)), checkImage(file)])),
    root: tops.size === 1 && top ? top : '',
  };
}

const IMAGE = /(!\[[^\]]*\]\(\s*<?)([^)\s>]+)/g;

/**
 * A link from a markdown file in the zip -> the path of the image it names
 * there, or undefined when it climbs out. "img/x.png" and "../img/x.png" are
 * from the markdown file's folder, "/img/x.png" from the root, as GitHub shows a repository.
 */
function resolvePath(url: string, fromFile: string | undefined, root: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  if (path.startsWith('/')) {
    const inRoot = posix.normalize(path.replace(/^\/+/, ''));
    return inRoot === '..' || inRoot.startsWith('../') ? undefined : posix.join(root, inRoot);
  }
  const joined = posix.normalize(posix.join(posix.dirname(slashed(fromFile ?? '')), path));
  return joined.startsWith('../') || joined.startsWith('/') ? undefined : joined;
}

export interface ImagesResolved {
  question: ParsedQuestion;
  images: BankImage[];
  warnings: Issue[];
}

/**
 * Rewrites a question's links to images found on the shelf to their served URL,
 * and says, with the question's line, which images will not show from the bank.
 */
export function resolveImages(question: ParsedQuestion, file: string | undefined, shelf: ImageShelf): ImagesResolved {
  const images: BankImage[] = [];
  const warnings: Issue[] = [];
  const warned = new Set<string>();
  // An option's note is often a why-not note too: one warning per image and question.
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    warnings.push(file ? { line: question.line, file, message } : { line: question.line, message });
  };
  const rewrite = (text: string) =>
    text.replace(IMAGE, (whole, opening: string, url: string) => {
      if (url.startsWith(IMAGE_URL_PREFIX)) return whole;
      if (/^https:\/\//i.test(url)) {
        warn(`image "${excerpt(url)}" is on the internet: phones will load it from there`);
        return whole;
      }
      // another scheme, or "//host/x.png" (the page's scheme, another host)
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
        warn(`image "${excerpt(url)}" is not an https address or a file in the zip or folder, so it would show broken; link an https image or remove it`);
        return whole;
      }
      const path = resolvePath(url, file, shelf.root);
      const found = path === undefined ? undefined : shelf.images.get(path);
      if (found === undefined) {
        warn(
          shelf.images.size
            ? `image "${excerpt(url)}" is not in the zip or folder, so it would show broken`
            : `image "${excerpt(url)}" would show broken: images are imported from a zip or folder holding the bank and its images, or link an https image`,
        );
        return whole;
      }
      if (typeof found === 'string') {
        warn(`image "${excerpt(url)}" was not imported: ${found}`);
        return whole;
      }
      images.push(found);
      return `${opening}${IMAGE_URL_PREFIX}${found.sha256}`;
    });
  const resolved: ParsedQuestion = {
    ...question,
    stem: rewrite(question.stem),
    explanation: rewrite(question.explanation),
    whyNot: question.whyNot.map(rewrite),
    options: question.options.map((option) => ({ ...option, text: rewrite(option.text), ...(option.note === undefined ? {} : { note: rewrite(option.note) }) })),
  };
  return { question: resolved, images, warnings };
}
