import path from 'node:path';
import { runningEmbeddedUrl } from '../../server/store/embedded-postgres';
import { createScratchDatabase, withPgClient, type ScratchDatabase } from '../../server/store/pg';

/**
 * The bench's own view of the server's database: a scratch database when it
 * starts the server on DATABASE_URL, the shipped bank's id, and row counts to
 * check that every acknowledged answer was stored.
 */

/** A fresh, empty database for one run; the Cramjam server migrates it when it starts. */
export function benchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  return createScratchDatabase(serverUrl, `cramjam_bench_${Date.now()}`);
}

/** The embedded Postgres the started server runs in `dataDir` (its port changes every start). */
export function embeddedDatabaseUrl(dataDir: string): string {
  const url = runningEmbeddedUrl(path.join(dataDir, 'postgres'));
  if (!url) throw new Error(`No running embedded Postgres in ${dataDir}/postgres.`);
  return url;
}

export interface BankChoice {
  id: string;
  slug: string;
  sourceName: string;
  questions: number;
}

/**
 * The newest shipped bank (content/*.md) with the most questions, among those
 * whose every question is a pick of options: the bench's players tap a random option.
 */
export async function findShippedBank(url: string): Promise<BankChoice> {
  const { rows } = await withPgClient(url, (c) =>
    c.query<BankChoice>(`
      SELECT b.id, b.slug, b."sourceName", count(q.id)::int AS questions
      FROM "Bank" b JOIN "Question" q ON q."bankId" = b.id
      WHERE b."sourceName" LIKE 'content/%'
      GROUP BY b.id HAVING bool_and(q."type" IN ('choice', 'truefalse'))
      ORDER BY questions DESC, b."createdAt" DESC LIMIT 1`),
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
  return withPgClient(url, async (c) => {
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

/** --group: the answers recorded into the members' memory (MemberAnswer rows) of study group `groupId`. */
export async function memoryAnswers(url: string, groupId: string): Promise<number> {
  const { rows } = await withPgClient(url, (c) => c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "MemberAnswer" WHERE "groupId" = $1`, [groupId]));
  return rows[0]?.n ?? 0;
}
