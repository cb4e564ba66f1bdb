'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Explanation } from '@/app/components/Explanation';
import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import { AnswerInput, hasOwnViews } from '@/app/components/question-types';
import { CaseStudyPanel } from '@/app/components/question-types/case-study';
import { shownQuestion } from '@/app/components/question-types/shown-question';
import { kindOf, type Given } from '@/server/game/question-types';
import type { ReviewQuestion } from '@/server/results/review';
import { AfterGamePage } from '../after-game-page';
import { ReviewAnswer } from '../review-answer';
import { ReviewStatus } from '../review-status';
import { useReview } from '../use-review';

/** "Practice my misses": a solo, untimed run through the questions this player got wrong or missed. */
export function PracticeApp({ gameId }: { gameId: string }) {
  const state = useReview(gameId);
  if (state.status !== 'ready') {
    return (
      <AfterGamePage>
        <ReviewStatus state={state} title="Practice my misses" />
      </AfterGamePage>
    );
  }
  const misses = state.review.questions.filter((q) => q.outcome !== 'correct');
  return (
    <AfterGamePage>
      <h1 className="text-3xl font-black">Practice my misses</h1>
      {misses.length === 0 ? <p>You got every question right: nothing to practice.</p> : <PracticeRun questions={misses} />}
      <Link href={`/review/${gameId}`} className="text-center text-accent-ink underline">
        Back to my answers
      </Link>
    </AfterGamePage>
  );
}

/**
 * One pass through the questions: pick, see whether it was right and why, next; a summary at the end.
 * `onAnswer` hears each answer given (a study group's practice records it into the member's memory).
 */
export function PracticeRun<Q extends ReviewQuestion>({ questions, onAnswer }: { questions: Q[]; onAnswer?: (question: Q, given: Given) => void }) {
  const [position, setPosition] = useState(0);
  // The answer given to each question so far, in order.
  const [answers, setAnswers] = useState<Given[]>([]);
  const question = questions[position];
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the next question (or the summary), not on a button that vanished.
  useEffect(() => {
    if (position > 0) heading.current?.focus();
  }, [position]);

  if (!question) {
    const right = questions.filter((q, i) => isRight(q, answers[i])).length;
    return (
      <section aria-labelledby="summary-heading" className="flex flex-col gap-3 rounded-2xl bg-surface p-5 shadow">
        <h2 id="summary-heading" ref={heading} tabIndex={-1} className="text-2xl font-black">
          Practice done
        </h2>
        <p role="status" className="text-lg">
          You got {right} of {questions.length} right this time.
        </p>
        <ul className="flex flex-col gap-1">
          {questions.map((q, i) => (
            <li key={q.number}>
              Question {q.number}:{' '}
              {isRight(q, answers[i]) ? <span className="font-bold text-good">✓ right</span> : <span className="font-bold text-bad">✗ still wrong</span>}
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            setAnswers([]);
            setPosition(0);
          }}
          className="game-button game-button-primary py-3 text-lg"
        >
          Practice again
        </button>
      </section>
    );
  }

  const answered = answers[position];
  return (
    <section aria-labelledby="practice-heading" className="flex flex-col gap-3">
      <p className="text-sm font-semibold text-muted">
        {position + 1} of {questions.length}
      </p>
      <h2 id="practice-heading" ref={heading} tabIndex={-1} className="font-bold">
        Question {question.number} <span className="font-normal text-muted">· {question.section}</span>
      </h2>
      <CaseStudyPanel caseStudy={question.caseStudy} />
      <Markdown className="leading-snug">{question.stem}</Markdown>
      {answered ? (
        <Checked question={question} given={answered} onNext={() => setPosition((p) => p + 1)} />
      ) : (
        <PracticePick
          key={question.number}
          question={question}
          onAnswer={(optionIds, text) => {
            const given = { optionIds, text: text ?? null };
            setAnswers((a) => [...a.slice(0, position), given]);
            onAnswer?.(question, given);
          }}
        />
      )}
    </section>
  );
}

/** Judged by the same rules as in the game (server/game/question-types.ts). */
function isRight(q: ReviewQuestion, given: Given | undefined): boolean {
  const kind = kindOf(q.type);
  if (!given) return false;
  const accepted = kind.accept(q.rules, { optionIds: given.optionIds, text: given.text ?? undefined });
  return !('error' in accepted) && kind.isCorrect(q.rules, accepted);
}

/**
 * The options without their answers: one tap answers, or pick several and
 * Check for a multi-select question. Other types use their game input.
 */
function PracticePick({ question, onAnswer }: { question: ReviewQuestion; onAnswer: (optionIds: string[], text?: string) => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const multi = question.select > 1;
  if (hasOwnViews(question.type)) {
    return <AnswerInput type={question.type} question={shownQuestion(question.rules)} onSend={(a) => onAnswer(a.optionIds, a.text)} busy={false} draftKey={null} submitLabel="Check" />;
  }
  function tap(id: string) {
    if (!multi) return onAnswer([id]);
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < question.select ? [...c, id] : c));
  }
  return (
    <>
      {multi && <p className="font-semibold">Pick {question.select} answers, then Check.</p>}
      <div className="flex flex-col gap-2">
        {question.options.map((option, i) => (
          <button
            key={option.id}
            type="button"
            onClick={() => tap(option.id)}
            aria-pressed={multi ? chosen.includes(option.id) : undefined}
            className={`t-tile flex min-h-14 items-center gap-3 rounded-xl px-3 py-2 text-left font-bold shadow-md ${answerStyle(i).tile} ${chosen.includes(option.id) ? 'tile-chosen' : ''}`}
          >
            <Shape position={i} />
            <Markdown inline>{option.text}</Markdown>
          </button>
        ))}
      </div>
      {multi && (
        <button
          type="button"
          onClick={() => onAnswer(chosen)}
          disabled={chosen.length !== question.select}
          className="game-button game-button-primary py-3 text-lg"
        >
          Check
        </button>
      )}
    </>
  );
}

function Checked({ question, given, onNext }: { question: ReviewQuestion; given: Given; onNext: () => void }) {
  const right = isRight(question, given);
  return (
    <>
      <p role="status" className={`rounded-2xl p-4 text-center text-2xl font-black text-white ${right ? 'bg-[#15803d]' : 'bg-[#b91c1c]'}`}>
        {right ? 'Right!' : 'Not quite'}
      </p>
      <ReviewAnswer rules={question.rules} given={given} />
      <Explanation reveal={question} />
      <button type="button" onClick={onNext} className="game-button game-button-primary py-3 text-lg">
        Next
      </button>
    </>
  );
}
