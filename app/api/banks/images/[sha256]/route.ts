import { bankImageResponse } from '@/server/banks/image-route';
import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

/** An image imported with a bank, or of a recent preview, by the sha256 of its bytes (questions link it so). */
export async function GET(request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  return bankImageResponse(request, sha256, getAppContext());
}
