'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { memberKey } from '@/app/lib/group-keys';
import { useBrowserValue } from '@/app/lib/use-browser-value';
import { PracticeRun } from '@/app/review/[gameId]/practice/practice-app';
import type { Given } from '@/server/game/question-types';
import { groupPath, postGroup, type DueQuestion } from '../../group-api';
import { ErrorText } from '../../group-ui';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; questions: DueQuestion[] };

/**
 * A member's due questions on the practice screens of "Practice my misses";
 * each answer is sent to the group, which judges it and schedules the question again.
 */
export function GroupPractice({ groupId }: { groupId: string }) {
  const key = useBrowserValue<string | null | undefined>(() => memberKey(groupId)?.key ?? null, undefined);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [unsaved, setUnsaved] = useState<string | null>(null);

  useEffect(() => {
    if (!key) return;
    void postGroup<{ questions: DueQuestion[] }>(groupPath(groupId, 'due'), { key }).then((reply) =>
      setState(reply.ok ? { status: 'ready', questions: reply.data.questions } : { status: 'error', message: reply.error }),
    );
  }, [groupId, key]);

  async function record(question: DueQuestion, given: Given) {
    const reply = await postGroup(groupPath(groupId, 'practice'), { key, questionId: question.id, optionIds: given.optionIds, ...(given.text === null ? {} : { text: given.text }) });
    setUnsaved(reply.ok ? null : `Your answer to question ${question.number} was not saved: ${reply.error}`);
  }

  const back = (
    <Link href={`/groups/${groupId}`} className="text-center text-indigo-700 underline">
      Back to the group
    </Link>
  );
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 p-4">
      <h1 className="text-3xl font-black">Due today</h1>
      {key === null && <ErrorText>This browser holds no member key of this group: open the group’s invite link first.</ErrorText>}
      {state.status === 'loading' && key !== null && <p role="status">Loading your questions…</p>}
      {state.status === 'error' && <ErrorText>{state.message}</ErrorText>}
      {state.status === 'ready' &&
        (state.questions.length === 0 ? <p>Nothing is due: well done. Come back after the next game.</p> : <PracticeRun questions={state.questions} onAnswer={(q, given) => void record(q, given)} />)}
      {unsaved && <ErrorText>{unsaved}</ErrorText>}
      {back}
    </main>
  );
}
