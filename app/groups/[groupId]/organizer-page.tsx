'use client';

import Link from 'next/link';
import { formatNames } from '@/app/lib/format';
import type { OrganizerView } from '../group-api';
import { GroupMain, Panel } from '../group-ui';
import { InvitePanel } from './invite-panel';
import { MasteryBars } from './mastery-bars';
import { MemberHeatmap } from './member-heatmap';
import { ReviewSetup } from './review-setup';
import { RosterPanel } from './roster-panel';
import { SettingsPanel } from './settings-panel';
import { TrendChart } from './trend-chart';
import { QuestionLine } from './question-line';

/** The organizer's dashboard, for a laptop or the projector: where the group stands, what to play next, and who is in. */
export function OrganizerPage({ groupId, groupKey, overview, reload }: { groupId: string; groupKey: string; overview: OrganizerView; reload: () => Promise<void> }) {
  const { group } = overview;
  return (
    <GroupMain wide>
      <header className="flex flex-wrap items-end justify-between gap-4 pt-2">
        <div className="min-w-0">
          <p className="font-semibold text-muted">{group.exam || 'Study group'} · organizer</p>
          <h1 className="text-4xl font-black [overflow-wrap:anywhere]">{group.name}</h1>
        </div>
        <nav aria-label="Group actions" className="flex flex-wrap gap-3">
          <Link href={`/host?${new URLSearchParams({ group: groupId, ...(overview.bankId ? { bank: overview.bankId } : {}) })}`} className="game-button game-button-primary px-5 py-3 text-lg">
            Host a game for the group
          </Link>
          <a href="#review-heading" className="game-button px-5 py-3 text-lg">
            Review game
          </a>
        </nav>
      </header>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Members" value={overview.members} />
        <Stat label="Members with questions due" value={overview.membersWithDue} detail={overview.dueNames?.length ? formatNames(overview.dueNames.map((d) => `${d.name} (${d.due})`)) : undefined} />
        <Stat label="Games played" value={overview.trend.length} />
        <Stat label="Target mastery" value={`${group.targetMastery} %`} />
      </dl>
      <div className="grid gap-4 lg:grid-cols-2 2xl:grid-cols-3">
        <Panel id="group-mastery-heading" title="Mastery per section">
          <MasteryBars rows={overview.mastery} target={group.targetMastery} label="The group’s mastery per section" />
        </Panel>
        <Panel id="trend-heading" title="Right answers per game">
          <TrendChart games={overview.trend} />
        </Panel>
        <Panel id="missed-heading" title="Most missed" className="lg:row-span-2">
          {overview.mostMissed.length === 0 ? (
            <p className="text-muted">No misses yet.</p>
          ) : (
            <ol className="flex flex-col divide-y divide-line">
              {overview.mostMissed.map((q, i) => (
                <QuestionLine key={q.id} place={i + 1} stem={q.stem} section={q.section}>
                  <span className="shrink-0 text-right font-bold tabular-nums">
                    {Math.round((100 * q.misses) / q.answers)} %<span className="block text-sm font-normal text-muted">{q.misses} of {q.answers} missed</span>
                  </span>
                </QuestionLine>
              ))}
            </ol>
          )}
        </Panel>
        <Panel id="members-mastery-heading" title="Mastery per member" className="lg:col-span-2 2xl:col-span-2">
          <MemberHeatmap members={overview.memberMastery ?? []} target={group.targetMastery} />
        </Panel>
        <div className="lg:col-span-2 2xl:col-span-3">
          <ReviewSetup groupId={groupId} groupKey={groupKey} bankId={overview.bankId} />
        </div>
        <InvitePanel invite={group.inviteToken} />
        <RosterPanel groupId={groupId} groupKey={groupKey} overview={overview} reload={reload} />
        <SettingsPanel groupId={groupId} groupKey={groupKey} group={group} reload={reload} />
      </div>
    </GroupMain>
  );
}

function Stat({ label, value, detail }: { label: string; value: number | string; detail?: string }) {
  return (
    <div className="flex flex-col-reverse justify-end rounded-2xl border border-line bg-surface p-4">
      <dt className="font-semibold text-muted">
        {label}
        {detail && <span className="block text-sm font-normal">{detail}</span>}
      </dt>
      <dd className="text-4xl font-black tabular-nums">{value}</dd>
    </div>
  );
}
