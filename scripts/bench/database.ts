import path from 'node:path';
import pg from 'pg';
import { runningEmbeddedUrl } from '../../server/store/embedded-postgres';

/**
 * The bench's own view of the server's database: a scratch database when it
 * starts the server on DATABASE_URL, the shipped bank's id, and row counts to
 * check that every acknowledged answer was stored.
 */

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the server of `serverUrl`; the Cramjam server migrates it when it starts. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `cramjam_bench_${Date.now()}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(serverUrl, name),
    name,
    drop: async () => void (await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

/** The embedded Postgres the started server runs in `dataDir` (its port changes every start). */
export function embeddedDatabaseUrl(dataDir: string): string {
  const url = runningEmbeddedUrl(path.join(dataDir, 'postgres'));
  if (!url) throw new Error(`No running embedded Postgres in ${dataDir}/postgres.`);
  return url;
}

export interface BankChoice {
  id: string;
  sourceName: string;
  questions: number;
}

/** The newest shipped bank (content/*.md) with the most questions. */
export async function findShippedBank(url: string): Promise<BankChoice> {
  const { rows } = await withClient(url, (c) =>
    c.query<BankChoice>(`
      SELECT b.id, b."sourceName", count(q.id)::int AS questions
      FROM "Bank" b JOIN "Question" q ON q."bankId" = b.id
      WHERE b."sourceName" LIKE 'content/%'
      GROUP BY b.id ORDER BY questions DESC, b."createdAt" DESC LIMIT 1`),
  );
  if (!rows[0]) throw new Error('No shipped bank (sourceName content/...) in the database: did the server import content/?');
  return rows[0];
}

export interface StoredGame {
  status: string | null;
  players: number;
  /** Answer rows per round index */
  answers: Map<number, number>;
}

export async function storedGame(url: string, gameId: string): Promise<StoredGame> {
  return withClient(url, async (c) => {
    const game = await c.query<{ status: string }>(`SELECT status FROM "Game" WHERE id = $1`, [gameId]);
    const players = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Player" WHERE "gameId" = $1`, [gameId]);
    const answers = await c.query<{ index: number; n: number }>(
      `SELECT r.index, count(a.id)::int AS n FROM "Round" r LEFT JOIN "Answer" a ON a."roundId" = r.id
       WHERE r."gameId" = $1 GROUP BY r.index`,
      [gameId],
    );
    return {
      status: game.rows[0]?.status ?? null,
      players: players.rows[0]?.n ?? 0,
      answers: new Map(answers.rows.map((r) => [r.index, r.n])),
    };
  });
}
