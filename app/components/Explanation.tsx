import type { RevealView } from '@/server/protocol';
import { Markdown } from './Markdown';

/** The parser accepts only these; checked again here, for rows stored by anything else. */
const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * The point of the game: why the right answer is right, and where to read more.
 * Pages that list several give each a `label` of its own ("Explanation, question 3").
 */
export function Explanation({ reveal, label = 'Explanation' }: { reveal: Pick<RevealView, 'explanation' | 'whyNot' | 'links'>; label?: string }) {
  const explained = reveal.explanation.trim() !== '';
  // A bank without explanations (many imported ones) shows no empty "Why" box.
  if (!explained && reveal.whyNot.length === 0 && reveal.links.length === 0) return null;
  return (
    <section aria-label={label} className="rounded-2xl bg-white p-5 text-left shadow">
      {explained && (
        <>
          <h3 className="mb-2 text-sm font-bold uppercase tracking-wide text-indigo-700">Why</h3>
          <Markdown className="space-y-2 leading-relaxed">{reveal.explanation}</Markdown>
        </>
      )}
      {reveal.whyNot.length > 0 && (
        <div className={explained ? 'mt-3 border-t pt-3' : ''}>
          <h4 className="text-sm font-bold text-slate-700">Tempting, but not right</h4>
          {reveal.whyNot.map((note, i) => (
            <Markdown key={i} className="mt-1 text-slate-700">
              {note}
            </Markdown>
          ))}
        </div>
      )}
      {reveal.links.length > 0 && (
        <ul className="mt-3 space-y-1 border-t pt-3">
          {reveal.links.filter((link) => SAFE_LINK.test(link.url)).map((link) => (
            <li key={link.url}>
              Learn more:{' '}
              <a href={link.url} target="_blank" rel="noreferrer noopener" className="text-indigo-700 underline">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
