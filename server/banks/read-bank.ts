// The bank reader behind readBankFile (index.ts), synchronous and pure: one
// file's text, one file's bytes (a zip of files too) and a folder's files, each
// read by its format's reader (formats/readers.ts) and finished alike. The app
// reads through readBankFile; readBankFolder is for a folder on disk (load.ts);
// the tests and the parse benchmark call readBankText and readBankBytes for a
// result they need not await.
//
// Partial import: a problem with a question (Issue.question) keeps that question
// out, and `importable` holds the rest; `bank` is set only when nothing is wrong.
import { checkBankText, checkMarkdownShape, decodeBankBytes, MAX_QUESTIONS } from './check-input';
import { matchCurated, readCuratedOptions, type CuratedOptions } from './curated';
import { diagnoseLayout } from './diagnose';
import { EMPTY_SHELF, resolveImages, shelveImages, type BankImage, type ImageFile, type ImageShelf } from './images';
import { withOptions } from './options';
import type { RawBank, RawQuestion } from './formats/raw-bank';
import { MARKDOWN, readerFor, type Reader } from './formats/readers';
import type { BankResult, Issue, ParsedBank } from './types';
import { assumptionsOf, type Reading } from './readings';
import { countIssues, listFirst, questionKeys } from './report';
import { validateQuestions } from './validate';
import { isZip, readZip } from './formats/read-zip';

export interface ReadBankOptions {
  /** names the bank when it has no title, picks the reader by its extension; also shown in messages */
  fileName?: string;
  /** the curated options sidecar, when the bank has one */
  curated?: CuratedOptions;
  /** most questions accepted (MAX_QUESTIONS); the benchmark lifts it */
  maxQuestions?: number;
  /** how to read the layouts that read two ways; each defaults to the way Cramjam assumes */
  reading?: Reading;
}

const byPlace = (a: Issue, b: Issue) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line;

const placeOf = (question: RawQuestion) => `${question.file ?? ''}:${question.line}`;

const titleFrom = (fileName?: string) => fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Untitled bank';

/** Reads one file's text with the reader its name and content call for. */
export function readBankText(text: string, options: ReadBankOptions = {}): BankResult {
  const reader = options.fileName ? readerFor(options.fileName, text) : MARKDOWN;
  const inputErrors = checkBankText(text).concat(reader === MARKDOWN ? checkMarkdownShape(text) : []);
  if (inputErrors.length) return { errors: inputErrors, warnings: [], format: reader.format };
  // A byte-order mark would hide the front matter from the parser.
  const clean = text.replace(/^\uFEFF/, '');
  const raw = reader.read(clean, { reading: options.reading });
  const diagnose = () => (reader === MARKDOWN ? diagnoseLayout(clean) : `no questions found in this ${reader.format} file`);
  return finishBank(raw, { ...options, format: reader.format, diagnose });
}

/** One file's bytes (a zip too, not an .xlsx): size and encoding checks, then readBankText. */
export function readBankBytes(fileName: string, bytes: Uint8Array, options: Omit<ReadBankOptions, 'fileName'> = {}): BankResult {
  if (isZip(bytes)) {
    const zip = readZip(bytes);
    if (zip.files.length === 0) return { errors: zip.errors, warnings: zip.warnings, format: 'zip' };
    const result = readBankFolder(fileName, zip.files, { ...options, images: zip.images });
    const errors = [...zip.errors, ...result.errors];
    return { ...result, bank: errors.length ? undefined : result.bank, errors, warnings: [...zip.warnings, ...result.warnings] };
  }
  const decoded = decodeBankBytes(bytes);
  if (decoded.text === undefined) return { errors: decoded.errors, warnings: [] };
  return readBankText(decoded.text, { ...options, fileName });
}

export interface BankFile {
  /** the path inside the folder or zip, used in messages */
  name: string;
  text: string;
}

/**
 * A folder or zip of bank files, read as one bank: a markdown file among several
 * holds one question (its explanation may have its own headings, lists and
 * code); other formats hold as many as they like. Problems name their file.
 */
export function readBankFolder(
  name: string,
  files: BankFile[],
  options: Omit<ReadBankOptions, 'fileName' | 'curated'> & { images?: ImageFile[] } = {},
): BankResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const questions: RawQuestion[] = [];
  const formats = new Set<string>();
  let title: string | undefined;
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
    const reader: Reader = readerFor(file.name, file.text);
    formats.add(reader.format);
    const problems = checkBankText(file.text).concat(reader === MARKDOWN ? checkMarkdownShape(file.text) : []);
    if (problems.length) {
      errors.push(...problems.map((problem) => ({ ...problem, file: file.name })));
      continue;
    }
    const raw = reader.read(file.text.replace(/^\uFEFF/, ''), { single: reader === MARKDOWN && files.length > 1, reading: options.reading });
    title ??= raw.title;
    errors.push(...raw.errors.map((issue) => ({ ...issue, file: issue.file ?? file.name })));
    warnings.push(...raw.warnings.map((issue) => ({ ...issue, file: issue.file ?? file.name })));
    questions.push(...raw.questions.map((question) => ({ ...question, file: file.name, section: question.section || titleFrom(file.name) })));
  }
  const images = options.images ?? [];
  const diagnose = () => `no question could be read in the ${files.length} files of ${name}; ${files.map((file) => diagnoseLayout(file.text)).join(' ')}`;
  return finishBank(
    { title, description: '', questions, errors, warnings },
    { ...options, fileName: name, format: [...formats].join(' + ') || 'none', diagnose, shelf: shelveImages(images, [...files.map((file) => file.name), ...images.map((image) => image.path)]) },
  );
}

interface FinishOptions extends ReadBankOptions {
  format: string;
  diagnose: () => string;
  /** the images of the zip or folder the bank came in */
  shelf?: ImageShelf;
}

/** Shared by every reader: options, validation, the partial-import split and the bank's title. */
export function finishBank(raw: RawBank, options: FinishOptions): BankResult {
  const errors = [...raw.errors];
  const warnings = [...raw.warnings];
  const { format } = options;
  const maxQuestions = options.maxQuestions ?? MAX_QUESTIONS;
  // Questions a reader refused count too: a file of 600,000 bad rows is refused as a whole, not reported row by row.
  const read = new Set([...raw.questions.map(placeOf), ...questionKeys(raw.errors)]).size;
  if (read > maxQuestions) {
    const bad = read - raw.questions.length;
    const refused = bad ? ` (${bad} of them refused)` : '';
    return { errors: [{ line: 1, message: `${read} questions${refused}; a bank may hold at most ${maxQuestions}: split the file` }], warnings: [], format };
  }

  let curated;
  if (options.curated) {
    const read = readCuratedOptions(options.curated);
    const matched = matchCurated(read.entries, raw.questions, options.curated.file);
    errors.push(...read.errors, ...matched.errors);
    curated = { file: options.curated.file, matches: matched.matches };
  }
  const built = withOptions(raw.questions, curated);
  warnings.push(...built.warnings);
  const problems = validateQuestions(built.questions);
  const failed = new Set(questionKeys(errors));
  const images = new Map<string, BankImage>();
  const kept = built.questions.flatMap((question, index) => {
    const own = problems[index] ?? [];
    const { file } = raw.questions[index]!;
    errors.push(...own.map((issue) => (file ? { ...issue, file } : issue)));
    const keep = own.length === 0 && !failed.has(placeOf(raw.questions[index]!));
    // The reveal shows no explanation box then; say so, so the author can add one.
    if (keep && !question.explanation.trim()) {
      const message = 'no explanation: players will see the right answer but not why';
      warnings.push(file ? { line: question.line, file, message } : { line: question.line, message });
    }
    if (!keep) return [];
    const resolved = resolveImages(question, file, options.shelf ?? EMPTY_SHELF);
    warnings.push(...resolved.warnings);
    for (const image of resolved.images) images.set(image.sha256, image);
    return [resolved.question];
  });

  // Nothing looked like a question at all: say what the file holds instead (a file-level error, like a GIFT brace never closed, says enough).
  const fileLevel = errors.some((error) => error.question === undefined && error.file === undefined);
  if (raw.questions.length === 0 && !errors.some((error) => error.question !== undefined) && !(fileLevel && format !== 'markdown')) {
    errors.unshift({ line: 1, message: options.diagnose() });
  }
  errors.sort(byPlace);
  warnings.sort(byPlace);
  const counts = countIssues(kept.length, errors, warnings);
  const assumed = assumptionsOf(warnings, options.reading);
  const listed = { errors: listFirst(errors, 'problems'), warnings: listFirst(warnings, 'warnings'), counts, ...(assumed.length ? { assumed } : {}) };
  if (kept.length === 0) return { ...listed, format };

  const importable: ParsedBank = {
    title: raw.title ?? titleFrom(options.fileName),
    description: raw.description,
    sections: [...new Set(kept.map((question) => question.section))],
    questions: kept,
  };
  const linked = images.size ? { images: [...images.values()] } : {};
  return { bank: errors.length ? undefined : importable, importable, ...listed, format, ...linked };
}
