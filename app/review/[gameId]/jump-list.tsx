import type { ReviewQuestion } from '@/server/results/review';

const MARK = {
  correct: { symbol: '✓', word: 'right', className: 'border-good text-good' },
  incorrect: { symbol: '✗', word: 'wrong', className: 'border-bad text-bad' },
  missed: { symbol: '–', word: 'no answer', className: 'border-line text-muted' },
} as const;

/** Every question of the game as a numbered chip marked right, wrong or missed: one tap jumps to it. */
export function JumpList({ questions, onJump }: { questions: ReviewQuestion[]; onJump: (number: number) => void }) {
  return (
    <nav aria-label="Jump to a question">
      <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1.5">
        {questions.map((q) => {
          const mark = MARK[q.outcome];
          return (
            <li key={q.number}>
              <a
                href={`#question-${q.number}`}
                aria-label={`Question ${q.number}, ${mark.word}`}
                onClick={(event) => {
                  event.preventDefault();
                  onJump(q.number);
                }}
                className={`flex h-11 flex-col items-center justify-center rounded-lg border-2 bg-surface text-sm font-black leading-none ${mark.className}`}
              >
                <span className="text-ink">{q.number}</span>
                <span aria-hidden="true">{mark.symbol}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
