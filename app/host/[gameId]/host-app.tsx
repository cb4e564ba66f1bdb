'use client';

import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { ConnectionBanner } from '@/app/components/ConnectionBanner';
import { preloadMarkdown } from '@/app/components/Markdown';
import { ReadFirst } from '@/app/components/reading';
import { SavingBanner } from '@/app/components/SavingBanner';
import { call, getSocket, useOnConnect } from '@/app/lib/socket';
import { hostToken } from '@/app/lib/storage';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import type { HostScreen } from '@/common/protocol';
import { HostHeld } from './host-held';
import { HostLobby, type LobbyBank } from './host-lobby';
import { HostQuestion } from './host-question';
import { HostReading } from './host-reading';
import { HostReveal } from './host-reveal';
import { Podium } from './podium';
import { useStageTheme } from './stage-bar';

type Received = { screen: HostScreen; at: number };

/** The projector view. A reload resumes the running game with the token this browser keeps. */
export function HostApp({ gameId, bank }: { gameId: string; bank: LobbyBank | null }) {
  const [received, setReceived] = useState<Received | null>(null);
  const [answered, setAnswered] = useState<{ index: number; answered: number; expected: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // undefined while rendering on the server, null when this browser is not the host
  const token = useBrowserValue<string | null | undefined>(() => hostToken(gameId), undefined);
  const [theme] = useStageTheme();

  useEffect(preloadMarkdown, []); // the lobby comes first: the questions' renderer loads meanwhile
  useEffect(() => {
    const socket = getSocket();
    const onScreen = (screen: HostScreen) => {
      setReceived({ screen, at: performance.now() });
      setAnswered(null);
    };
    socket.on('host:screen', onScreen);
    socket.on('host:answered', setAnswered);
    return () => {
      socket.off('host:screen', onScreen);
      socket.off('host:answered', setAnswered);
    };
  }, []);

  const resync = useCallback(() => {
    if (!token) return;
    void call('host:resume', { gameId, hostToken: token }).then((result) => {
      if (!result.ok && result.code !== 'timeout') setError(result.error);
    });
  }, [gameId, token]);
  useOnConnect(resync);

  /** Runs a host command; its result arrives as a new screen. */
  const act = useCallback(
    async (command: (auth: { gameId: string; hostToken: string }) => Promise<{ ok: boolean; error?: string }>) => {
      if (!token) return;
      const result = await command({ gameId, hostToken: token });
      setError(result.ok ? null : (result.error ?? 'That did not work.'));
    },
    [gameId, token],
  );

  if (token === null) {
    return (
      <main data-theme={theme} className="stage flex h-dvh flex-col items-center justify-center gap-[var(--gap)] p-[var(--pad)] text-center">
        <p role="alert" className="t-count font-bold">This browser is not the host of this game.</p>
        <Link href="/host" className="game-button game-button-primary">
          Host a new game
        </Link>
      </main>
    );
  }

  const screen = received?.screen;
  // The stage: the whole viewport, never a scrollbar; each screen scales its type with it.
  return (
    <main data-theme={theme} className="stage flex h-dvh flex-col overflow-hidden">
      <ConnectionBanner />
      <SavingBanner />
      {error && (
        <p role="alert" className="t-meta border-b-2 border-bad bg-surface px-[var(--pad)] py-[var(--gap-sm)] text-center font-semibold text-bad">
          {error}
        </p>
      )}
      {!screen && <p className="t-count m-auto text-muted">Connecting to your game…</p>}
      {screen?.screen === 'lobby' && <HostLobby screen={screen} act={act} bank={bank} />}
      {screen?.screen === 'question' && (
        <ReadFirst key={`${screen.round.index}:${screen.round.attempt}`} round={screen.round} receivedAt={received!.at} reading={<HostReading round={screen.round} receivedAt={received!.at} act={act} />}>
          {(optionsShownAt) => (
            <HostQuestion
              screen={screen}
              receivedAt={optionsShownAt}
              counts={answered && answered.index === screen.round.index ? answered : screen}
              act={act}
            />
          )}
        </ReadFirst>
      )}
      {screen?.screen === 'held' && <HostHeld key={screen.round.index} screen={screen} act={act} />}
      {screen?.screen === 'reveal' && <HostReveal screen={screen} act={act} />}
      {screen?.screen === 'ended' && <Podium screen={screen} />}
    </main>
  );
}

export type HostAct = (command: (auth: { gameId: string; hostToken: string }) => Promise<{ ok: boolean; error?: string }>) => Promise<void>;
