// The browser's registry of question types: every type of the server's registry
// has a label and its results table's labels, and either all its views or the grid of coloured options.
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '@/server/game/types';
import { TYPES } from './index';

const VIEWS = ['input', 'hostQuestion', 'reveal', 'solution', 'answered', 'describe', 'preview'] as const;

describe('the question types in the browser', () => {
  it.each(QUESTION_TYPES)('gives %s a label and its views (or the grid)', (type) => {
    const entry = TYPES[type];
    expect(entry.label).toMatch(/\w/);
    expect([entry.results.row, entry.results.count]).toEqual([expect.stringMatching(/\w/), expect.stringMatching(/\w/)]);
    if (!('input' in entry)) return; // shown as the grid of coloured options, as a choice
    for (const view of VIEWS) expect(entry[view]).toBeTypeOf('function');
  });

  it('shows only choice and true/false as the grid', () => {
    expect(QUESTION_TYPES.filter((type) => !('input' in TYPES[type]))).toEqual(['choice', 'truefalse']);
  });
});
