import type { RevealView } from '@/common/protocol';
import { Markdown } from './Markdown';

/** The parser accepts only these; checked again here, for rows stored by anything else. */
const SAFE_LINK = /^(https?:|mailto:)/i;

/** Whether a reveal has anything to explain: an explanation, a why-not note or a link. */
export function hasExplanation(reveal: Pick<RevealView, 'explanation' | 'whyNot' | 'links'>): boolean {
  return reveal.explanation.trim() !== '' || reveal.whyNot.length > 0 || reveal.links.length > 0;
}

/**
 * The point of the game: why the right answer is right, and where to read more.
 * Pages that list several give each a `label` of its own ("Explanation, question 3").
 */
export function Explanation({
  reveal,
  label = 'Explanation',
  className = 'rounded-2xl p-5 shadow',
  children,
}: {
  reveal: Pick<RevealView, 'explanation' | 'whyNot' | 'links'>;
  label?: string;
  className?: string;
  /** more to explain, after the why-not notes (the host's most-picked wrong option's note) */
  children?: React.ReactNode;
}) {
  // A bank without explanations (many imported ones) shows no empty "Why" box.
  if (!hasExplanation(reveal) && !children) return null;
  const explained = reveal.explanation.trim() !== '';
  // Sizes in em, so the host's stage can scale it; the colours follow the screen's theme.
  return (
    <section aria-label={label} className={`bg-surface text-left text-ink ${className}`}>
      {explained && (
        <>
          <h3 className="mb-[0.4em] text-[0.85em] font-bold uppercase tracking-wide text-accent-ink">Why</h3>
          <Markdown className="space-y-2 leading-relaxed">{reveal.explanation}</Markdown>
        </>
      )}
      {reveal.whyNot.length > 0 && (
        <div className={explained ? 'mt-[0.6em] border-t border-line pt-[0.6em]' : ''}>
          <h4 className="text-[0.85em] font-bold text-muted">Tempting, but not right</h4>
          {reveal.whyNot.map((note, i) => (
            <Markdown key={i} className="mt-[0.25em] text-muted">
              {note}
            </Markdown>
          ))}
        </div>
      )}
      {children && <div className={explained || reveal.whyNot.length > 0 ? 'mt-[0.6em] border-t border-line pt-[0.6em]' : ''}>{children}</div>}
      {reveal.links.length > 0 && (
        <ul className="mt-[0.6em] space-y-[0.25em] border-t border-line pt-[0.6em]">
          {reveal.links.filter((link) => SAFE_LINK.test(link.url)).map((link) => (
            <li key={link.url}>
              Learn more:{' '}
              <a href={link.url} target="_blank" rel="noreferrer noopener" className="text-accent-ink underline">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
