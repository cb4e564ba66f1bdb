import { getAppContext } from '@/server/context';
import { answersCsv, csvFilename, standingsCsv } from '@/server/results/exports';
import { GameId } from '@/server/results/schemas';
import { gameReport } from '@/server/store/results';

/** A report's CSV as a download; the game id in the URL is the capability, as for the report itself. */
export async function csvDownload(gameId: string, kind: 'answers' | 'standings'): Promise<Response> {
  const report = GameId.safeParse(gameId).success ? await gameReport(getAppContext().db, gameId) : null;
  if (!report) return new Response('There is no game with this id.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(kind === 'answers' ? answersCsv(report) : standingsCsv(report), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(report, kind)}"`,
      'cache-control': 'no-store',
    },
  });
}
