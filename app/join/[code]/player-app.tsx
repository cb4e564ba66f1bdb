'use client';

import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { ConnectionBanner } from '@/app/components/ConnectionBanner';
import { call, getSocket, useOnConnect } from '@/app/lib/socket';
import { forgetPlayerSession, playerSession, savePlayerSession } from '@/app/lib/storage';
import type { JoinedAs, PlayerScreen } from '@/server/protocol';
import { NicknameForm } from './nickname-form';
import { PlayerQuestion } from './player-question';
import { PlayerReveal } from './player-reveal';

type Received = { screen: PlayerScreen; at: number };

/** A phone's whole journey in one room: nickname, lobby, rounds, reveals, final rank. */
export function PlayerApp({ code }: { code: string }) {
  const [me, setMe] = useState<JoinedAs | null>(null);
  const [received, setReceived] = useState<Received | null>(null);
  const [status, setStatus] = useState<'resuming' | 'nickname' | 'playing'>('resuming');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket();
    const onScreen = (screen: PlayerScreen) => setReceived({ screen, at: performance.now() });
    socket.on('player:screen', onScreen);
    return () => {
      socket.off('player:screen', onScreen);
    };
  }, []);

  // Every (re)connect resumes with the token this browser keeps: a reload or a phone waking up lands on the current screen.
  const resync = useCallback(() => {
    const session = playerSession(code);
    if (!session) return setStatus('nickname');
    void call('player:resume', { gameId: session.gameId, playerToken: session.playerToken }).then((result) => {
      if (result.ok) {
        setMe(result.data);
        setNotice(null);
        setStatus('playing');
      } else if (result.code === 'not_found' || result.code === 'kicked') {
        // Only a game that is gone, or a removal, ends the slot; anything else is retried on the next reconnect.
        forgetPlayerSession(code);
        setNotice(result.error);
        setStatus('nickname');
      } else {
        setNotice(result.error);
      }
    });
  }, [code]);
  useOnConnect(resync);

  function joined(session: JoinedAs) {
    savePlayerSession(session);
    setMe(session);
    setNotice(null);
    setStatus('playing');
  }

  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col">
      <ConnectionBanner />
      <header className="flex items-center justify-between bg-indigo-700 px-4 py-2 text-white">
        <span className="font-black">Cramjam</span>
        <span className="text-sm">
          Room {code}
          {me && <> · {me.nickname}</>}
        </span>
      </header>
      <div className="flex flex-1 flex-col gap-4 p-4">
        {status === 'resuming' && (
          <p role="status" className="text-center text-slate-600">
            {notice ?? 'Connecting…'}
          </p>
        )}
        {status === 'nickname' && <NicknameForm code={code} notice={notice} onJoined={joined} />}
        {status === 'playing' && received && <Screen received={received} draftPrefix={`cramjam-draft:${me?.gameId ?? code}`} />}
      </div>
    </main>
  );
}

function Screen({ received, draftPrefix }: { received: Received; draftPrefix: string }) {
  const { screen, at } = received;
  switch (screen.screen) {
    case 'lobby':
      return (
        <div className="m-auto text-center" role="status">
          <p className="text-3xl font-black">You&apos;re in!</p>
          <p className="mt-2 text-slate-600">Waiting for the host to start the game.</p>
        </div>
      );
    case 'question':
      return <PlayerQuestion key={screen.round.index} round={screen.round} picked={screen.picked} receivedAt={at} draftKey={`${draftPrefix}:${screen.round.index}`} />;
    case 'reveal':
      return <PlayerReveal screen={screen} />;
    case 'ended':
      return (
        <div className="m-auto flex flex-col items-center gap-3 text-center">
          <h2 className="text-3xl font-black">Game over</h2>
          <p className="text-xl" role="status">
            You finished <strong>#{screen.rank}</strong> of {screen.players} with {screen.score} points
          </p>
          <p className="text-slate-600">
            {screen.correctCount} of {screen.questions} correct
          </p>
          <Link href={`/review/${screen.gameId}`} className="rounded-xl bg-indigo-600 px-5 py-3 font-bold text-white">
            My answers
          </Link>
        </div>
      );
    case 'removed':
      return (
        <div className="m-auto text-center" role="alert">
          <p className="text-xl font-bold">{screen.message}</p>
          <Link href="/" className="mt-4 inline-block text-indigo-700 underline">
            Back to the home page
          </Link>
        </div>
      );
  }
}
