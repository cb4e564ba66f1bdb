import { saveUploadRequest, toResponse } from '@/server/banks/upload';
import { getAppContext } from '@/server/context';
import { listBanks } from '@/server/banks/store/banks';

export const dynamic = 'force-dynamic';

/** The newest version of every bank, shipped ones first. */
export async function GET() {
  const banks = await listBanks(getAppContext().db);
  return Response.json({ banks }, { headers: { 'cache-control': 'no-store' } });
}

/** Saves an uploaded bank (multipart, field "file") after parsing it afresh; a bank with errors writes nothing unless "partial" is "yes". */
export async function POST(request: Request) {
  const { db, parseUpload } = getAppContext();
  return toResponse(await saveUploadRequest(db, request, parseUpload));
}
