import { kindOf } from './question-types';
import type { GameQuestion } from './types';

/**
 * "Why not", per option: a bank's note on a wrong option is for the players
 * who picked it. Each phone's reveal gets the notes of the wrong options that
 * player picked (a multiple response can pick several), and the host's the note
 * of the wrong option most players picked, so the room discusses the common
 * mistake. Only types whose answers pick options have such notes (choice,
 * true/false). Options are named by their id in this game (o0…), as phones know them.
 */

export interface OptionNote {
  optionId: string;
  /** markdown */
  note: string;
}

/** The notes of the wrong options among `picked`, in the order the options are shown. */
export function notesForPicks(q: Pick<GameQuestion, 'type' | 'options'>, picked: readonly string[]): OptionNote[] {
  if (!kindOf(q.type).picksOptions) return [];
  return q.options.flatMap((o) => (!o.correct && o.note && picked.includes(o.id) ? [{ optionId: o.id, note: o.note }] : []));
}

/**
 * The wrong option with a note that most players picked, with how many did;
 * the first shown on a tie; null when no one picked a wrong option that has one.
 * A wrong option picked more often but with no note gives way to one with a note:
 * the count shown beside it keeps that honest.
 */
export function mostPickedWrongNote(q: Pick<GameQuestion, 'type' | 'options'>, picks: Readonly<Record<string, number>>): (OptionNote & { picks: number }) | null {
  if (!kindOf(q.type).picksOptions) return null;
  let most: (OptionNote & { picks: number }) | null = null;
  for (const o of q.options) {
    const count = picks[o.id] ?? 0;
    if (!o.correct && o.note && count > 0 && count > (most?.picks ?? 0)) most = { optionId: o.id, note: o.note, picks: count };
  }
  return most;
}
