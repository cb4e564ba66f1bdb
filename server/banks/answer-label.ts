// The short text of a correct option, read from an answer paragraph that goes
// on to explain itself: "AWS DataSync is designed for ..." -> "AWS DataSync".
// Heuristic by nature; authors who want exact wording write a task list instead.
import { wordCount } from './text';

export interface AnswerLabels {
  labels: string[];
  /** true when no short label was found and the whole first sentence is used */
  wholeSentence: boolean;
}

/** Verbs that end the subject of an answer sentence ("X provides ...", "X and Y would be ..."). */
const SUBJECT_ENDS = new Set([
  'is', 'are', 'was', 'were', 'would', 'will', 'can', 'could', 'should', 'may', 'might',
  'provides', 'provide', 'helps', 'help', 'allows', 'enables', 'offers', 'lets', 'supports',
  'makes', 'gives', 'implements', 'uses', 'stores', 'runs', 'has', 'have',
]);

/** Sentences starting with these don't name the answer in their subject. */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'it', 'this', 'that', 'these', 'those', 'they', 'there', 'you', 'we',
  'when', 'if', 'because', 'by', 'to', 'using', 'with', 'for', 'in', 'on', 'as',
]);

const MAX_SUBJECT_WORDS = 8;
const MAX_SEPARATED_WORDS = 6;

function firstSentence(text: string): string {
  const [first = text] = text.split(/(?<=[.!?])\s+(?=[A-Z(])/);
  return first.replace(/[.!?]+$/, '').trim();
}

/** "XGBoost - This implements ..." or "Hyperband: ..." -> the part before the separator. */
function beforeSeparator(sentence: string): string | undefined {
  const match = /^(.+?)(?:\s+[-–—]\s+|:\s+)/.exec(sentence);
  const head = match?.[1];
  return head && wordCount(head) <= MAX_SEPARATED_WORDS ? head : undefined;
}

/** Words that may join the parts of a name: "Amazon FSx for Lustre", "Amazon S3 and Amazon EFS". */
const CONNECTORS = new Set(['and', 'or', 'for', 'of', '&']);
const isNameWord = (word: string) => /^[A-Z0-9]/.test(word) || CONNECTORS.has(word);

/**
 * "Amazon FSx for Lustre provides ..." -> "Amazon FSx for Lustre". The subject
 * ends at a known verb; failing that, a name ends at the first lowercase word
 * that reads as a verb or adverb ("Hyperband stops ...", "Hyperband dynamically ...").
 */
function subject(sentence: string): string | undefined {
  const words = sentence.split(/\s+/);
  const first = words[0] ?? '';
  if (!/^[A-Z0-9]/.test(first) || NOT_A_NAME.has(first.toLowerCase())) return undefined;
  let end = words.findIndex((word, i) => i > 0 && SUBJECT_ENDS.has(word));
  if (end < 0) {
    const afterName = words.findIndex((word) => !isNameWord(word));
    const verbLike = /^[a-z]{3,}(s|ly)$/.test(words[afterName] ?? '') && words[afterName] !== 'only';
    end = verbLike ? afterName : -1;
  }
  if (end < 1 || end > MAX_SUBJECT_WORDS) return undefined;
  const head = words.slice(0, end);
  // A relative clause means the words before the verb describe rather than name.
  if (head.some((word) => /^(that|which|who|whose)$/.test(word))) return undefined;
  return head.join(' ').replace(/,$/, '');
}

/** Drops a trailing aside: "A dataset of ... (The dataset is non-representative ...)" */
function withoutTrailingAside(sentence: string): string {
  const stripped = sentence.replace(/\s*\([^()]*\)[.!?]?$/, '').trim();
  return stripped || sentence;
}

/**
 * The correct label(s) in an answer paragraph. For a "Select TWO" question the
 * label is split into its parts: "Amazon S3 and Amazon EFS" -> two labels.
 */
export function answerLabels(answer: string, select: number): AnswerLabels {
  const sentence = firstSentence(answer.replace(/\s+/g, ' ').trim());
  const short = beforeSeparator(sentence) ?? subject(sentence);
  const label = short ?? withoutTrailingAside(sentence);
  const labels =
    select > 1
      ? label.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|&)\s+/).filter(Boolean)
      : [label];
  return { labels, wholeSentence: short === undefined };
}
