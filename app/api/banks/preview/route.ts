import { previewUploadRequest, toResponse } from '@/server/bank-upload';
import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

/** Parses an uploaded bank (multipart, field "file") in a worker and returns its questions and problems; stores nothing. */
export async function POST(request: Request) {
  return toResponse(await previewUploadRequest(request, getAppContext().parseUpload));
}
