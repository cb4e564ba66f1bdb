import type { Db } from './db';

/** "Games hosted from this browser": found by the hash of the host browser's device id. */

export const HOSTED_GAMES_SHOWN = 100;

export interface HostedGame {
  id: string;
  bankTitle: string;
  /** ISO time the game started, or was created if it never did */
  playedAt: string;
  status: string;
  ended: boolean;
  players: number;
  questionsPlayed: number;
  /** everyone sharing first place, once someone has scored */
  winners: string[];
}

/**
 * Newest first. Winners come from the players' stored totals, which the same transaction that closes a round writes,
 * and share first place in join order, as on the podium.
 */
export async function hostedGames(db: Db, deviceHash: string): Promise<HostedGame[]> {
  const games = await db.game.findMany({
    where: { hostDeviceHash: deviceHash },
    orderBy: { createdAt: 'desc' },
    take: HOSTED_GAMES_SHOWN,
    select: {
      id: true, status: true, createdAt: true, startedAt: true,
      bank: { select: { title: true } },
      _count: { select: { players: { where: { kicked: false } }, rounds: { where: { closedAt: { not: null } } } } },
    },
  });
  const ids = games.map((g) => g.id);
  const leaders = ids.length === 0 ? [] : await db.$queryRaw<{ gameId: string; nickname: string }[]>`
    SELECT p."gameId", p."nickname" FROM "Player" p
    WHERE p."gameId" = ANY(${ids}::text[]) AND NOT p."kicked" AND p."score" > 0
      AND p."score" = (SELECT max(q."score") FROM "Player" q WHERE q."gameId" = p."gameId" AND NOT q."kicked")
    ORDER BY p."joinOrder"`;
  return games.map((g) => ({
    id: g.id,
    bankTitle: g.bank.title,
    playedAt: (g.startedAt ?? g.createdAt).toISOString(),
    status: g.status,
    ended: g.status === 'ended',
    players: g._count.players,
    questionsPlayed: g._count.rounds,
    winners: leaders.filter((l) => l.gameId === g.id).map((l) => l.nickname),
  }));
}

/** What the host's lobby names: the game's bank and how many questions the game plays; null for no such game. */
export async function hostedGameBank(db: Db, gameId: string): Promise<{ title: string; questions: number } | null> {
  const game = await db.game.findUnique({ where: { id: gameId }, select: { bank: { select: { title: true } }, _count: { select: { rounds: true } } } });
  return game && { title: game.bank.title, questions: game._count.rounds };
}
