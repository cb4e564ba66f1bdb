'use client';

import { useCallback, useEffect, useState } from 'react';
import { ConnectionBanner } from '@/app/components/ConnectionBanner';
import { Countdown } from '@/app/components/Countdown';
import { preloadMarkdown } from '@/app/components/Markdown';
import { ReadFirst } from '@/app/components/reading';
import { formatPoints } from '@/app/lib/format';
import { call, getSocket, useOnConnect } from '@/app/lib/socket';
import { forgetPlayerSession, playerSession, savePlayerSession } from '@/app/lib/storage';
import { onPlayerScreen } from '@/common/player-screen-parts';
import type { JoinedAs, PlayerScreen } from '@/common/protocol';
import { LastExplanation } from './last-explanation';
import { NicknameForm } from './nickname-form';
import { PlayerQuestion } from './player-question';
import { changedToRight, firstAnswerIn, type OwnAnswer } from './own-answer';
import { PlayerHeld } from './player-held';
import { PlayerReading } from './player-reading';
import { PlayerReveal } from './player-reveal';

type Received = { screen: PlayerScreen; at: number };
type Reveal = Extract<PlayerScreen, { screen: 'reveal' }>;

/** A phone's whole journey in one room: nickname, lobby, rounds, reveals, final rank. */
export function PlayerApp({ code }: { code: string }) {
  const [me, setMe] = useState<JoinedAs | null>(null);
  const [received, setReceived] = useState<Received | null>(null);
  const [lastReveal, setLastReveal] = useState<Reveal | null>(null);
  const [firstAnswer, setFirstAnswer] = useState<OwnAnswer | null>(null);
  const [status, setStatus] = useState<'resuming' | 'nickname' | 'playing' | 'over'>('resuming');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const socket = getSocket();
    const onScreen = (screen: PlayerScreen) => {
      setReceived({ screen, at: performance.now() });
      if (screen.screen === 'reveal') setLastReveal(screen);
      const told = firstAnswerIn(screen);
      if (told) setFirstAnswer(told);
    };
    return onPlayerScreen(socket, onScreen); // whole screens, and (several nodes) reveals and the end joined from their two parts
  }, []);

  // Joined: the renderer of the questions' markdown loads while the lobby waits, not with the page.
  useEffect(() => {
    if (status === 'playing') preloadMarkdown();
  }, [status]);

  /** A code from a QR code or link may be dead: say so before asking for a nickname. */
  const checkRoom = useCallback(async () => {
    const result = await call('room:check', { code });
    if (result.ok) return setStatus('nickname');
    setNotice(result.error);
    setStatus(result.code === 'not_found' || result.code === 'game_over' ? 'over' : 'nickname');
  }, [code]);

  // Every (re)connect resumes with the token this browser keeps: a reload or a phone waking up lands on the current screen.
  const resync = useCallback(() => {
    const session = playerSession(code);
    if (!session) return void checkRoom();
    void call('player:resume', { gameId: session.gameId, playerToken: session.playerToken }).then((result) => {
      if (result.ok) {
        setMe(result.data);
        setNotice(null);
        setStatus('playing');
      } else if (result.code === 'not_found' || result.code === 'kicked') {
        // Only a game that is gone, or a removal, ends the slot; anything else is retried on the next reconnect.
        forgetPlayerSession(code);
        setNotice(result.error);
        setStatus(result.code === 'not_found' ? 'over' : 'nickname');
      } else {
        setNotice(result.error);
      }
    });
  }, [code, checkRoom]);
  useOnConnect(resync);

  function joined(session: JoinedAs) {
    savePlayerSession(session);
    setMe(session);
    setNotice(null);
    setStatus('playing');
  }

  const screen = received?.screen;
  // The question fits the screen; everything else may scroll.
  const fixed = screen?.screen === 'question' && status === 'playing';
  // Once the host has moved on, the last explanation stays one tap away.
  const previous = lastReveal && screen?.screen === 'question' && screen.round.index > lastReveal.round.index ? lastReveal : null;
  return (
    <main data-theme="auto" className="flex h-dvh flex-col">
      <ConnectionBanner />
      <header className="flex shrink-0 items-center gap-3 bg-accent px-3 py-2 text-on-accent">
        <span className="shrink-0 font-black">Cramjam</span>
        {/* Once in, the player's own name matters more than the code; a long one is cut, never overlaps. */}
        <span className="min-w-0 flex-1 truncate text-right text-sm font-semibold" title={me?.nickname}>
          {me ? me.nickname : `Room ${code}`}
        </span>
        {previous && screen?.screen === 'question' && (
          <LastExplanation
            reveal={previous}
            clock={<Countdown remainingMs={screen.round.remainingMs} receivedAt={received!.at + screen.round.readRemainingMs} totalMs={screen.round.timeLimitMs} variant="bar" />}
          />
        )}
      </header>
      {/* Where it scrolls (a reveal, say), it takes the keyboard's focus: a reveal with no link in it has nothing else to scroll it by keys. */}
      <div
        tabIndex={fixed ? undefined : 0}
        className={`mx-auto flex min-h-0 w-full max-w-xl flex-1 flex-col ${fixed ? '' : 'overflow-y-auto'}`}
      >
        {status === 'resuming' && (
          <p role="status" className="m-auto p-4 text-center text-muted">
            {notice ?? 'Connecting…'}
          </p>
        )}
        {status === 'over' && (
          <div role="alert" className="m-auto flex flex-col items-center gap-3 p-4 text-center">
            <h1 className="text-3xl font-black">This game is over</h1>
            <p className="text-muted">{notice}</p>
            <a href="/" className="game-button game-button-primary">
              Join another game
            </a>
          </div>
        )}
        {status === 'nickname' && <NicknameForm code={code} notice={notice} onJoined={joined} />}
        {status === 'playing' && received && (
          <Screen received={received} nickname={me?.nickname ?? ''} draftPrefix={`cramjam-draft:${me?.gameId ?? code}`} firstAnswer={firstAnswer} onFirstAnswer={setFirstAnswer} />
        )}
      </div>
    </main>
  );
}

function Screen({
  received,
  nickname,
  draftPrefix,
  firstAnswer,
  onFirstAnswer,
}: {
  received: Received;
  nickname: string;
  draftPrefix: string;
  /** this phone's answer in the latest first vote it knows of: for a held round and its second vote ("Discuss and vote again") */
  firstAnswer: OwnAnswer | null;
  onFirstAnswer: (answer: OwnAnswer) => void;
}) {
  const { screen, at } = received;
  const firstHere = 'round' in screen && firstAnswer?.index === screen.round.index ? firstAnswer : null;
  switch (screen.screen) {
    case 'lobby':
      return (
        <div className="m-auto flex flex-col items-center gap-2 p-4 text-center" role="status">
          <p className="animate-pop-in text-3xl font-black">You&apos;re in!</p>
          <p className="max-w-full break-words text-xl font-bold text-accent-ink">{nickname}</p>
          <p className="text-sm text-muted">Room {screen.code}</p>
          <p className="text-muted">{screen.started ? "You'll join from the next question." : 'Waiting for the host to start the game.'}</p>
        </div>
      );
    case 'question': {
      const { round } = screen;
      // A second vote is a new answer: it starts afresh, its half-built order or matches kept apart from the first's.
      const attempt = round.attempt === 2 ? ':2' : '';
      return (
        <ReadFirst key={`${round.index}${attempt}`} round={round} receivedAt={at} reading={<PlayerReading round={round} receivedAt={at} />}>
          {(optionsShownAt) => (
            <PlayerQuestion
              round={round}
              picked={screen.picked}
              pickedText={screen.pickedText ?? null}
              receivedAt={optionsShownAt}
              draftKey={`${draftPrefix}:${round.index}${attempt}`}
              firstAnswer={firstHere}
              onAnswered={(picked, text) => {
                if (round.attempt === 1) onFirstAnswer({ index: round.index, picked, text });
              }}
            />
          )}
        </ReadFirst>
      );
    }
    case 'held':
      return <PlayerHeld round={screen.round} answer={screen.picked ? { index: screen.round.index, picked: screen.picked, text: screen.pickedText ?? null } : firstHere} />;
    case 'reveal':
      return <PlayerReveal screen={screen} changedToRight={changedToRight(screen, firstHere)} />;
    case 'ended':
      return (
        <div className="m-auto flex flex-col items-center gap-3 p-4 text-center">
          <h2 className="text-3xl font-black">Game over</h2>
          <p
            aria-hidden="true"
            className="animate-pop-in flex h-28 w-28 items-center justify-center rounded-full text-5xl font-black text-[#12132a] shadow-lg"
            style={{ background: screen.rank <= 3 ? `var(--podium-${screen.rank})` : 'var(--surface-2)', color: screen.rank <= 3 ? undefined : 'var(--ink)' }}
          >
            #{screen.rank}
          </p>
          <p className="text-xl" role="status">
            You finished <strong>#{screen.rank}</strong> of {screen.players} with {formatPoints(screen.score)}
          </p>
          <p className="text-muted">
            {screen.correctCount} of {screen.questions} correct
          </p>
          <a href={`/review/${screen.gameId}`} className="game-button game-button-primary">
            My answers
          </a>
        </div>
      );
    case 'removed':
      return (
        <div className="m-auto p-4 text-center" role="alert">
          <p className="text-xl font-bold">{screen.message}</p>
          <a href="/" className="mt-4 inline-block text-accent-ink underline">
            Back to the home page
          </a>
        </div>
      );
  }
}
