import { describe, expect, it } from 'vitest';
import { hasExplanation } from './Explanation';

describe('hasExplanation: what decides whether a reveal gives the explanation a place', () => {
  const none = { explanation: '', whyNot: [], links: [] };

  it('is false for a question imported without any explanation, also when it is only white space', () => {
    expect(hasExplanation(none)).toBe(false);
    expect(hasExplanation({ ...none, explanation: ' \n ' })).toBe(false);
  });

  it('is true for an explanation, a why-not note or a link alone', () => {
    expect(hasExplanation({ ...none, explanation: 'Because.' })).toBe(true);
    expect(hasExplanation({ ...none, whyNot: ['Not B: it is slower.'] })).toBe(true);
    expect(hasExplanation({ ...none, links: [{ title: 'Docs', url: 'https://docs.aws.amazon.com/' }] })).toBe(true);
  });
});
