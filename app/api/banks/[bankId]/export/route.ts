import { exportBankResponse } from '@/server/banks/export-route';
import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

/** A stored bank version as Cramjam markdown, downloaded as a file. */
export async function GET(_request: Request, { params }: { params: Promise<{ bankId: string }> }) {
  const { bankId } = await params;
  return exportBankResponse(getAppContext().db, bankId);
}
