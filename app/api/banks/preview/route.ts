import { previewUploadRequest, toResponse } from '@/server/bank-upload';

export const dynamic = 'force-dynamic';

/** Parses an uploaded bank (multipart, field "file") and returns its questions or its problems; stores nothing. */
export async function POST(request: Request) {
  return toResponse(await previewUploadRequest(request));
}
