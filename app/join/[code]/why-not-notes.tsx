'use client';

import { useRef, useState } from 'react';
import { Markdown } from '@/app/components/Markdown';
import { useMeasure } from '@/app/components/use-measure';
import { WhyNot } from '@/app/components/why-not';
import type { OptionNote, OptionView } from '@/common/protocol';

/**
 * The phone's "why not": the note on each wrong option this player picked, right
 * under how they did, so it is in view without scrolling; the explanation for
 * everyone follows the answers. A long note folds to four lines, the rest a tap away.
 */
export function WhyNotNotes({ notes, options }: { notes: OptionNote[]; options: OptionView[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="flex flex-col gap-3 rounded-2xl border-l-[6px] border-bad bg-surface p-3 text-base text-ink shadow">
      {notes.map((note) => (
        <WhyNot key={note.optionId} note={note} options={options}>
          <FoldedNote note={note.note} />
        </WhyNot>
      ))}
    </div>
  );
}

function FoldedNote({ note }: { note: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);
  useMeasure(ref, (box) => setCut(box.scrollHeight > box.clientHeight + 1), [note, open]);
  const folded = cut && !open;
  return (
    <>
      <div ref={ref} className={`mt-1 leading-snug ${open ? '' : 'line-clamp-4'} ${folded ? 'fade-end' : ''}`}>
        <Markdown className="space-y-2">{note}</Markdown>
      </div>
      {folded && (
        <button type="button" onClick={() => setOpen(true)} className="mt-1 text-sm font-bold text-accent-ink underline">
          Show the whole note
        </button>
      )}
    </>
  );
}
