import type { OptionView } from '@/common/protocol';

const longest = (list: OptionView[]) => Math.max(8, ...list.map((o) => o.text.length));

/**
 * The phone's two matching columns, sized by their longest text: short
 * service names beside long descriptions give the descriptions more room,
 * but neither column gets under 40 % of the width (a word too long for its
 * tile makes the phone's text step down: useFit sees the overflow).
 */
export function matchingColumns(prompts: OptionView[], answers: OptionView[]): string {
  const share = Math.min(0.6, Math.max(0.4, longest(prompts) / (longest(prompts) + longest(answers))));
  return `minmax(0, ${share.toFixed(2)}fr) minmax(0, ${(1 - share).toFixed(2)}fr)`;
}
