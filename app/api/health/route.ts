import { getAppContext } from '@/server/context';

export const dynamic = 'force-dynamic';

export async function GET() {
  const { version, realtime, pingDatabase } = getAppContext();
  const database = await pingDatabase();
  const sockets = realtime.listening();
  const body = {
    status: database && sockets ? 'ok' : 'degraded',
    version,
    database: { ok: database },
    realtime: { ok: sockets, clients: realtime.connectedClients() },
  };
  return Response.json(body, { status: database && sockets ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
