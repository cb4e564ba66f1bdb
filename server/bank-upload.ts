// A question bank uploaded from the browser: the request checks both upload
// routes share, then a preview (parse only) or a save (parse again, import).
// The save never trusts an earlier preview: it parses the bytes it received.
import { z } from 'zod';
import { MAX_BANK_BYTES, parseBankFile, type BankResult, type Issue, type ParsedBank } from './bank';
import { readAtMost } from './http/request-guard';
import { importBank, type ImportedBank } from './store/banks';
import type { Db } from './store/db';

/** Room for the multipart framing around the file: boundaries, part headers, the file name. */
const FORM_OVERHEAD_BYTES = 16 * 1024;
const MAX_KIB = MAX_BANK_BYTES / 1024;
const TOO_LARGE = `The file is too large: a bank may be at most ${MAX_KIB} KiB.`;

interface BankUpload {
  /** the file's own name, without any folders a client may have sent */
  name: string;
  bytes: Uint8Array;
}

export interface UploadRefusal {
  /** one sentence for the user; per-line problems are in `errors` */
  error: string;
  errors: Issue[];
  warnings: Issue[];
}

export interface PreviewBody {
  fileName: string;
  bank: ParsedBank;
  warnings: Issue[];
}

export interface SaveBody {
  fileName: string;
  saved: ImportedBank;
  warnings: Issue[];
}

export interface Refused {
  status: 400 | 413 | 415 | 422;
  body: UploadRefusal;
}
export type UploadReply<Body> = { status: 200 | 201; body: Body } | Refused;

const refuse = (status: Refused['status'], error: string): Refused => ({ status, body: { error, errors: [], warnings: [] } });

const UploadForm = z.object({
  file: z.instanceof(File, { message: 'Send the bank as multipart/form-data, with the file in the "file" field.' }),
});
const MARKDOWN_NAME = /\.(md|markdown)$/i;

/** The uploaded file from a multipart request, refused early when too big or not markdown by name. */
async function readBankUpload(request: Request): Promise<BankUpload | Refused> {
  const limit = MAX_BANK_BYTES + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length')) > limit) return refuse(413, TOO_LARGE);
  const raw = await readAtMost(request.body, limit);
  if (!raw) return refuse(413, TOO_LARGE);

  const form = await new Response(raw, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData().catch(() => null);
  const parsed = UploadForm.safeParse({ file: form?.get('file') });
  if (!parsed.success) return refuse(400, parsed.error.issues[0]!.message);

  const { file } = parsed.data;
  const name = file.name.replace(/^.*[\\/]/, '');
  if (!MARKDOWN_NAME.test(name)) {
    return refuse(415, `"${name}" is not a markdown file: a bank must be a .md or .markdown file.`);
  }
  if (file.size > MAX_BANK_BYTES) {
    return refuse(413, `The file is ${(file.size / 1024).toFixed(0)} KiB; a bank may be at most ${MAX_KIB} KiB.`);
  }
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function unusable(result: BankResult, consequence: string): Refused {
  const count = result.errors.length;
  const error = `${count} ${count === 1 ? 'problem' : 'problems'} to fix${consequence}`;
  return { status: 422, body: { error, errors: result.errors, warnings: result.warnings } };
}

/** POST /api/banks/preview: parses the uploaded bank and writes nothing. */
export async function previewUploadRequest(request: Request): Promise<UploadReply<PreviewBody>> {
  const upload = await readBankUpload(request);
  if ('status' in upload) return upload;
  const result = parseBankFile(upload.name, upload.bytes);
  if (!result.bank) return unusable(result, ' before this bank can be saved.');
  return { status: 200, body: { fileName: upload.name, bank: result.bank, warnings: result.warnings } };
}

/** POST /api/banks: parses the upload afresh and imports it in one transaction; 201 for a new version, 200 when already stored. */
export async function saveUploadRequest(db: Db, request: Request): Promise<UploadReply<SaveBody>> {
  const upload = await readBankUpload(request);
  if ('status' in upload) return upload;
  const result = parseBankFile(upload.name, upload.bytes);
  if (!result.bank) return unusable(result, '; nothing was saved.');
  const saved = await importBank(db, result.bank, { origin: 'upload', fileName: upload.name });
  return { status: saved.created ? 201 : 200, body: { fileName: upload.name, saved, warnings: result.warnings } };
}

/** A reply as the route handlers send it: JSON, never cached. */
export function toResponse(reply: UploadReply<unknown>): Response {
  return Response.json(reply.body, { status: reply.status, headers: { 'cache-control': 'no-store' } });
}
