import { csvDownload } from '../csv-download';

export const dynamic = 'force-dynamic';

/** The final (or current) standings, one row per player. */
export async function GET(_request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  return csvDownload((await params).gameId, 'standings');
}
