// A question bank uploaded from the browser: the request checks both upload
// routes share, then a preview (parse only) or a save (parse again, import).
// The save never trusts an earlier preview: it parses the bytes it received.
// Parsing is done by `parse`: in the server, a child process (parse/off-thread.ts).
import { z } from 'zod';
import { MAX_BANK_BYTES } from './check-input';
import { MAX_ZIP_BYTES } from './formats/read-zip';
import { countIssues, countsLine, groupSkipped, IGNORED, issueCount, skippedCount, type BankCounts, type SkippedGroup } from './report';
import type { BankResult, Issue, ParsedBank } from './types';
import type { ParseJob } from './parse/off-thread';
import type { PreviewImages } from './preview-images';
import { Reading, type Assumption } from './readings';
import { readAtMost } from '../http/request-guard';
import { textProblem } from '../validation/safe-text';
import { importBank, type ImportedBank } from './store/banks';
import type { Db } from '../store/db';

/** Reads an uploaded bank; the server passes one that works off the event loop. */
export type ParseUpload = (job: ParseJob) => Promise<BankResult>;

/** Room for the multipart framing around the file: boundaries, part headers, the file name. */
const FORM_OVERHEAD_BYTES = 16 * 1024;
const MIB = 1024 * 1024;
const TOO_LARGE = `The file is too large: a bank may be at most ${MAX_BANK_BYTES / MIB} MiB (a zip ${MAX_ZIP_BYTES / MIB} MiB).`;

interface BankUpload {
  /** the file's own name, without any folders a client may have sent */
  name: string;
  bytes: Uint8Array;
  /** the way the host chose for each layout that reads two ways */
  reading: Reading;
}

export interface UploadRefusal {
  /** one sentence for the user; per-line problems are in `errors` */
  error: string;
  errors: Issue[];
  warnings: Issue[];
}

export interface PreviewBody {
  fileName: string;
  /** how the file was read: "markdown", "GIFT", "Aiken", "CSV", ... */
  format: string;
  /** the questions that will be imported */
  bank: ParsedBank;
  /** what became of the file: questions, skipped (duplicates among them), ignored as not questions; and as a sentence */
  counts: BankCounts;
  countsText: string;
  /** how many questions will be skipped, and why: one entry per question, alike ones grouped */
  skipped: number;
  skippedGroups: SkippedGroup[];
  /** problems that skip no one question (a file of a zip refused, the "…and N more" line) */
  otherProblems: Issue[];
  errors: Issue[];
  /** what was passed over as not a question (intro text, empty rows), each with its line */
  ignored: Issue[];
  /** the reading this preview was made with: send it again with the save */
  reading: Reading;
  /** the layouts read one way of two, each once with its count; their notes are not among the warnings */
  assumed: Assumption[];
  /** the other warnings */
  warnings: Issue[];
}

export interface SaveBody {
  fileName: string;
  saved: ImportedBank;
  /** how many questions of the file were left out (the host confirmed) */
  skipped: number;
  warnings: Issue[];
}

export interface Refused {
  status: 400 | 413 | 415 | 422 | 503;
  body: UploadRefusal;
}
export type UploadReply<Body> = { status: 200 | 201; body: Body } | Refused;

const refuse = (status: Refused['status'], error: string): Refused => ({ status, body: { error, errors: [], warnings: [] } });

const UploadForm = z.object({
  file: z.instanceof(File, { message: 'Send the bank as multipart/form-data, with the file in the "file" field.' }),
  /** "yes" when the host confirmed importing the good questions and skipping the rest */
  partial: z.enum(['yes']).optional(),
  /** "typed" reads lettered lines under a question as its text and "Answer: B" as B to type (readings.ts) */
  letteredAnswer: Reading.shape.letteredAnswer,
});
const BANK_NAME = /\.(md|markdown|gift|txt|csv|xlsx|zip)$/i;

/** The uploaded file from a multipart request, refused early when too big or not markdown by name. */
async function readBankUpload(request: Request): Promise<(BankUpload & { partial: boolean }) | Refused> {
  const limit = MAX_ZIP_BYTES + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length')) > limit) return refuse(413, TOO_LARGE);
  const raw = await readAtMost(request.body, limit);
  if (!raw) return refuse(413, TOO_LARGE);

  const form = await new Response(raw, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData().catch(() => null);
  const field = (name: string) => form?.get(name) ?? undefined;
  const parsed = UploadForm.safeParse({ file: field('file'), partial: field('partial'), letteredAnswer: field('letteredAnswer') });
  if (!parsed.success) return refuse(400, parsed.error.issues[0]!.message);

  const { file } = parsed.data;
  const name = file.name.replace(/^.*[\\/]/, '');
  const badName = textProblem(name, 'file name'); // it is stored with the bank, and Postgres refuses a NUL
  if (badName) return refuse(400, badName);
  if (/\.(xls|ods)$/i.test(name)) {
    return refuse(415, `"${name}" is a spreadsheet Cramjam does not read: save it as .xlsx or CSV and upload that (Kahoot's template columns are read).`);
  }
  if (!BANK_NAME.test(name)) {
    return refuse(415, `"${name}" is not a bank file: upload a .md, .markdown, .gift, .txt (GIFT or Aiken), .csv, .xlsx or .zip file.`);
  }
  const zip = name.toLowerCase().endsWith('.zip');
  const fileLimit = zip ? MAX_ZIP_BYTES : MAX_BANK_BYTES;
  if (file.size > fileLimit) {
    return refuse(413, `The file is ${(file.size / MIB).toFixed(1)} MiB; a ${zip ? 'zip' : 'bank'} may be at most ${fileLimit / MIB} MiB.`);
  }
  const { letteredAnswer } = parsed.data;
  const reading: Reading = letteredAnswer ? { letteredAnswer } : {};
  return { name, bytes: new Uint8Array(await file.arrayBuffer()), partial: parsed.data.partial === 'yes', reading };
}

/** The parse, or a 503 when the reader is busy with other uploads. */
async function parseUpload(parse: ParseUpload, upload: BankUpload): Promise<BankResult | Refused> {
  try {
    return await parse({ fileName: upload.name, bytes: upload.bytes, reading: upload.reading });
  } catch (error) {
    return refuse(503, (error as Error).message);
  }
}

function unusable(result: BankResult, consequence: string): Refused {
  const count = issueCount(result.errors);
  const error = `${count} ${count === 1 ? 'problem' : 'problems'} to fix${consequence}`;
  return { status: 422, body: { error, errors: result.errors, warnings: result.warnings } };
}

/**
 * POST /api/banks/preview: parses the uploaded bank and writes nothing. A file
 * with some bad questions previews the good ones, with the skipped ones grouped by cause.
 * A zip's images are kept in `previewImages` a while, so the preview shows them.
 */
export async function previewUploadRequest(request: Request, parse: ParseUpload, previewImages: PreviewImages): Promise<UploadReply<PreviewBody>> {
  const upload = await readBankUpload(request);
  if ('status' in upload) return upload;
  const result = await parseUpload(parse, upload);
  if ('status' in result) return result;
  if (!result.importable) return unusable(result, ' before this bank can be saved.');
  previewImages.keep(result.images ?? []);
  const { errors, warnings, format = 'markdown' } = result;
  const { groups, other } = groupSkipped(errors);
  const skipped = skippedCount(errors);
  const counts = result.counts ?? countIssues(result.importable.questions.length, errors, warnings);
  const isIgnored = (warning: Issue) => warning.message.startsWith(IGNORED);
  // Listed under "Ignored as not questions", they need not say so again.
  const ignored = warnings.filter(isIgnored).map((warning) => ({ ...warning, message: warning.message.slice(IGNORED.length).replace(/^[:\s]+/, '') }));
  // What was assumed is shown once per layout, with its count (result.assumed).
  const others = warnings.filter((warning) => !isIgnored(warning) && !warning.assumed);
  const { reading } = upload;
  return {
    status: 200,
    body: {
      fileName: upload.name,
      format,
      bank: result.importable,
      counts,
      countsText: countsLine(counts),
      skipped,
      skippedGroups: groups,
      otherProblems: other,
      errors,
      ignored,
      reading,
      assumed: result.assumed ?? [],
      warnings: others,
    },
  };
}

/**
 * POST /api/banks: parses the upload afresh and imports it in one transaction;
 * 201 for a new version, 200 when already stored. A file with problems is
 * refused unless the form says partial=yes (the host confirmed the preview).
 */
export async function saveUploadRequest(db: Db, request: Request, parse: ParseUpload): Promise<UploadReply<SaveBody>> {
  const upload = await readBankUpload(request);
  if ('status' in upload) return upload;
  const result = await parseUpload(parse, upload);
  if ('status' in result) return result;
  const bank = upload.partial ? result.importable : result.bank;
  if (!bank) return unusable(result, '; nothing was saved.');
  const saved = await importBank(db, bank, { origin: 'upload', fileName: upload.name, images: result.images });
  return { status: saved.created ? 201 : 200, body: { fileName: upload.name, saved, skipped: skippedCount(result.errors), warnings: result.warnings } };
}

/** A reply as the route handlers send it: JSON, never cached. */
export function toResponse(reply: UploadReply<unknown>): Response {
  return Response.json(reply.body, { status: reply.status, headers: { 'cache-control': 'no-store' } });
}
