import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

export async function GET() {
  const { version, realtime, pingDatabase } = getAppContext();
  const database = await pingDatabase();
  const body = {
    status: database ? 'ok' : 'degraded',
    version,
    database: { ok: database },
    realtime: { ok: true, clients: realtime.connectedClients() },
  };
  return Response.json(body, { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
