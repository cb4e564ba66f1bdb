'use client';

import { useEffect, useState } from 'react';
import { playedAs } from '@/app/lib/storage';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import type { Review } from '@/server/results/review';

export type ReviewState =
  | { status: 'loading' }
  | { status: 'not-played' }
  | { status: 'error'; message: string }
  | { status: 'ready'; review: Review };

/**
 * This browser's answers in a game, fetched with the player token it kept
 * when it joined; the server reads them from the database, so they stay
 * available after the room is gone.
 */
export function useReview(gameId: string): ReviewState {
  // undefined while rendering on the server: localStorage is the browser's.
  const token = useBrowserValue<string | null | undefined>(() => playedAs(gameId)?.playerToken ?? null, undefined);
  const [fetched, setFetched] = useState<{ token: string; state: ReviewState } | null>(null);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void fetchReview(gameId, token).then((state) => {
      if (current) setFetched({ token, state });
    });
    return () => {
      current = false;
    };
  }, [gameId, token]);

  if (token === undefined) return { status: 'loading' };
  if (token === null) return { status: 'not-played' };
  return fetched?.token === token ? fetched.state : { status: 'loading' };
}

async function fetchReview(gameId: string, playerToken: string): Promise<ReviewState> {
  try {
    const response = await fetch(`/api/games/${encodeURIComponent(gameId)}/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ playerToken }),
    });
    const body = (await response.json()) as Review | { error: string };
    return 'error' in body ? { status: 'error', message: body.error } : { status: 'ready', review: body };
  } catch {
    return { status: 'error', message: 'Could not load your answers: check your connection and reload the page.' };
  }
}
