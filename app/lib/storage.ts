'use client';

/**
 * What a browser remembers: its device id, the host tokens of games it hosts,
 * and its player token per game, so a reload or a sleeping phone resumes.
 */

import type { JoinedAs } from '@/common/protocol';

const DEVICE = 'cramjam:device';
const hostKey = (gameId: string) => `cramjam:host:${gameId}`;
const playerKey = (code: string) => `cramjam:player:${code}`;
const PLAYED = 'cramjam:played';

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function deviceId(): string {
  let id = localStorage.getItem(DEVICE);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE, id);
  }
  return id;
}

export function saveHostToken(gameId: string, hostToken: string): void {
  localStorage.setItem(hostKey(gameId), JSON.stringify({ hostToken }));
}

export function hostToken(gameId: string): string | null {
  return read<{ hostToken: string }>(hostKey(gameId))?.hostToken ?? null;
}

export function savePlayerSession(session: JoinedAs): void {
  localStorage.setItem(playerKey(session.code), JSON.stringify(session));
  const played = read<JoinedAs[]>(PLAYED) ?? [];
  localStorage.setItem(PLAYED, JSON.stringify([session, ...played.filter((p) => p.gameId !== session.gameId)].slice(0, 50)));
}

export function playerSession(code: string): JoinedAs | null {
  return read<JoinedAs>(playerKey(code));
}

export function forgetPlayerSession(code: string): void {
  localStorage.removeItem(playerKey(code));
}

/** The player token this browser used in a game, for "My answers" after the room is gone. */
export function playedAs(gameId: string): JoinedAs | null {
  return (read<JoinedAs[]>(PLAYED) ?? []).find((p) => p.gameId === gameId) ?? null;
}

let playedCache: { raw: string | null; games: readonly JoinedAs[] } = { raw: null, games: [] };

/**
 * The games this browser played in, newest first, for "Games you played on this browser".
 * The same array while the stored list is unchanged, so it can be read on every render.
 */
export function playedGames(): readonly JoinedAs[] {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PLAYED);
  } catch {
    return playedCache.games;
  }
  if (raw === playedCache.raw) return playedCache.games;
  let games: JoinedAs[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    games = Array.isArray(parsed) ? parsed.filter(isJoinedAs) : [];
  } catch {
    // an unreadable list is an empty one
  }
  playedCache = { raw, games };
  return games;
}

function isJoinedAs(value: unknown): value is JoinedAs {
  const v = value as Partial<Record<keyof JoinedAs, unknown>> | null;
  return typeof v === 'object' && v !== null && (['gameId', 'code', 'playerId', 'nickname', 'playerToken'] as const).every((k) => typeof v[k] === 'string');
}
