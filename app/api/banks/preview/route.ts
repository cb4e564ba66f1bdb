import { previewUploadRequest, toResponse } from '@/server/banks/upload';
import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

/** Parses an uploaded bank (multipart, field "file") in a worker and returns its questions and problems; stores nothing (a zip's images stay in memory a while, for the preview). */
export async function POST(request: Request) {
  const { parseUpload, previewImages } = getAppContext();
  return toResponse(await previewUploadRequest(request, parseUpload, previewImages));
}
