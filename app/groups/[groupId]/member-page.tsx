'use client';

import Link from 'next/link';
import { useState } from 'react';
import { forgetMemberKey } from '@/app/lib/group-keys';
import { formatDateTime, formatPoints } from '@/app/lib/format';
import { groupPath, postGroup, type MemberView } from '../group-api';
import { ErrorText, GroupMain, Panel } from '../group-ui';
import { ConfirmDialog } from './confirm-dialog';
import { LinkCodeButton } from './link-code';
import { MasteryBars } from './mastery-bars';
import { MemberHeatmap } from './member-heatmap';

/** A member's own page, phone first: what is due, how they stand per section, their games, their phone and their data. */
export function MemberPage({ groupId, groupKey, overview, onLeft }: { groupId: string; groupKey: string; overview: MemberView; onLeft: () => void }) {
  const { me, group } = overview;
  const due = me.due.length;
  return (
    <GroupMain>
      <header className="pt-2">
        <p className="text-sm font-semibold text-muted">
          {group.name}
          {group.exam && ` · ${group.exam}`}
        </p>
        <h1 className="text-3xl font-black">Hi {overview.name}</h1>
      </header>
      <section aria-labelledby="due-heading" className="flex flex-col gap-3 rounded-2xl bg-accent p-5 text-on-accent">
        <h2 id="due-heading" className="text-2xl font-black">
          Due today: {due} {due === 1 ? 'question' : 'questions'}
        </h2>
        {due > 0 ? (
          <Link href={`/groups/${groupId}/practice`} className="rounded-xl bg-white px-4 py-3 text-center text-lg font-black text-indigo-800">
            Practise them now
          </Link>
        ) : (
          <p>Nothing to practise: your next questions come due after the next game or in a few days.</p>
        )}
      </section>
      <Panel id="mastery-heading" title="Your mastery">
        <p className="text-sm text-muted">
          The chance you recall a section’s questions today. The line is the group’s target ({group.targetMastery} %), the dot the group’s average.
        </p>
        <MasteryBars rows={me.mastery} compare={me.groupMastery} compareLabel="group" target={group.targetMastery} label="Your mastery per section" />
      </Panel>
      {overview.memberMastery && (
        <Panel id="board-heading" title="The group’s board">
          <MemberHeatmap members={overview.memberMastery} target={group.targetMastery} />
        </Panel>
      )}
      <Panel id="games-heading" title="Your games">
        {me.games.length === 0 ? (
          <p className="text-muted">No games with the group yet.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-line">
            {me.games.map((game) => (
              <li key={game.gameId} className="flex items-center justify-between gap-3 py-2">
                <span className="min-w-0">
                  <Link href={`/review/${game.gameId}`} className="font-semibold text-accent-ink underline">
                    {game.bankTitle}
                  </Link>
                  <span className="block text-sm text-muted">{formatDateTime(game.playedAt)}</span>
                </span>
                <span className="shrink-0 text-right tabular-nums">
                  {game.correctCount} of {game.questions} right
                  <span className="block text-sm text-muted">{formatPoints(game.score)}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="phone-heading" title="Your phone">
        <LinkCodeButton groupId={groupId} groupKey={groupKey} label="Link another phone" />
        <LeaveGroup groupId={groupId} groupKey={groupKey} onLeft={onLeft} />
      </Panel>
    </GroupMain>
  );
}

function LeaveGroup({ groupId, groupKey, onLeft }: { groupId: string; groupKey: string; onLeft: () => void }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function leave() {
    setAsking(false);
    const reply = await postGroup(groupPath(groupId, 'leave'), { key: groupKey });
    if (!reply.ok) return setError(reply.error);
    forgetMemberKey(groupId);
    onLeft();
  }
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} className="game-button self-start border-bad! text-bad!">
        Leave the group and delete my data
      </button>
      {error && <ErrorText>{error}</ErrorText>}
      {asking && (
        <ConfirmDialog title="Leave the group?" confirmLabel="Leave and delete" onConfirm={() => void leave()} onCancel={() => setAsking(false)}>
          Your answers, your memory of every question and your place in the group are deleted for good. Past games keep your nickname only.
        </ConfirmDialog>
      )}
    </>
  );
}
