import { afterEach, describe, expect, inject, test } from 'vitest';
import { GET } from '../app/api/health/route';
import { savedImageCache } from '../server/banks/image-route';
import { PreviewImages } from '../server/banks/preview-images';
import { setAppContext } from '../server/context';
import { createDb, pingDb, type Db } from '../server/store/db';
import { parseBankOffThread } from '../server/banks/parse/off-thread';

// GET /api/health against a database that answers, and one that does not.

const opened: Db[] = [];
function useDatabase(url: string, listening = true) {
  const db = createDb(url);
  opened.push(db);
  setAppContext({ db, version: '9.9.9', pingDatabase: () => pingDb(db, 1000), realtime: { listening: () => listening, connectedClients: () => 3 }, parseUpload: parseBankOffThread, previewImages: new PreviewImages(), imageCache: savedImageCache(db, 0) });
}
afterEach(async () => {
  setAppContext(undefined);
  for (const db of opened.splice(0)) await db.$disconnect();
});

describe('GET /api/health', () => {
  test('200 with the version, the database and the realtime status', async () => {
    useDatabase(inject('databaseUrl'));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9', database: { ok: true }, realtime: { ok: true, clients: 3 } });
  });

  test('503 when the realtime server is not listening', async () => {
    useDatabase(inject('databaseUrl'), false);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: { ok: true }, realtime: { ok: false } });
  });

  test('503 when the database is down', async () => {
    useDatabase('postgresql://postgres@127.0.0.1:1/nowhere'); // nothing listens on port 1
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
  });
});
