import { csvDownload } from '../csv-download';

export const dynamic = 'force-dynamic';

/** One row per player per played question. */
export async function GET(_request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  return csvDownload((await params).gameId, 'answers');
}
