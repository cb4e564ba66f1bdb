import { saveUploadRequest, toResponse } from '@/server/bank-upload';
import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

/** Saves an uploaded bank (multipart, field "file") after parsing it afresh; a bank with errors writes nothing. */
export async function POST(request: Request) {
  return toResponse(await saveUploadRequest(getAppContext().db, request));
}
