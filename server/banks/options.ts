// Where each question's options come from, in order of preference: a task list
// its author wrote, a curated sidecar entry, or generation from the answer text.
import { answerLabels } from './answer-label';
import type { FormOption } from '../game/bank-form';
import type { CuratedEntry } from './curated';
import { generateOptions, type OptionRequest } from './distractors';
import type { RawQuestion } from './formats/raw-bank';
import { trueFalseForm } from './formats/question-forms';
import type { WrittenOption } from './formats/task-list';
import { excerpt, wordCount } from './text';
import type { Issue, ParsedQuestion } from './types';

/** Longer generated labels make poor buttons on a phone; say so, so the author can write options. */
const LONG_LABEL_WORDS = 12;

interface Plan extends OptionRequest {
  select: number;
  written?: (WrittenOption & { match?: string })[];
}

/** The question's type form; options True and False written by any reader (GIFT's {T}, a task list) make a true/false question. */
function formOf(raw: RawQuestion) {
  return raw.form ?? trueFalseForm(undefined, raw.options, raw.line);
}

/** True and False made from written options (GIFT's {T#...}, a task list) keep each option's note; they keep their places. */
const withNotes = (options: FormOption[], written: WrittenOption[] | undefined) =>
  options.map((option, index) => {
    const note = written?.[index]?.note;
    return note ? { ...option, note } : option;
  });

/** `curated` has one slot per question when a sidecar was given, else it is undefined. */
export function withOptions(
  raws: RawQuestion[],
  curated?: { file: string; matches: (CuratedEntry | undefined)[] },
): { questions: ParsedQuestion[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const plans = raws.map((raw, index): Plan => {
    const base = { section: raw.section, seed: raw.stemPlain };
    const form = formOf(raw);
    if (form) return { ...base, correct: [], generate: false, select: 1, written: form.type === 'truefalse' ? withNotes(form.options, raw.options) : form.options };
    const written = raw.options ?? curated?.matches[index]?.options;
    if (written) {
      const correct = written.filter((option) => option.correct).map((option) => option.text);
      return { ...base, correct, generate: false, select: raw.select ?? correct.length, written };
    }
    if (curated) {
      warnings.push({ line: raw.line, message: `no entry in ${curated.file} for "${excerpt(raw.stemPlain)}"; its options are generated` });
    }
    const select = raw.select ?? 1;
    const { labels, wholeSentence } = answerLabels(raw.answer ?? '', select);
    if (wholeSentence && labels.some((label) => wordCount(label) > LONG_LABEL_WORDS)) {
      warnings.push({
        line: raw.line,
        message: 'no short answer found, so the correct option is the answer\'s whole first sentence; list options as "- [x] right" / "- [ ] wrong" to word them',
      });
    }
    return { ...base, correct: labels, generate: true, select };
  });

  const generated = generateOptions(plans);
  const questions = raws.map((raw, index): ParsedQuestion => {
    const plan = plans[index];
    return {
      type: formOf(raw)?.type ?? 'choice',
      caseStudy: raw.caseStudy ?? null,
      section: raw.section,
      stem: raw.stem,
      options: generated[index] ?? (plan?.written ?? []).map((option) => ({ ...option, authored: true })),
      select: plan?.select ?? 1,
      explanation: raw.explanation,
      whyNot: raw.whyNot,
      links: raw.links,
      line: raw.line,
    };
  });
  return { questions, warnings };
}
