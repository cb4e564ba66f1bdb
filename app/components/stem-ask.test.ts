import { describe, expect, test } from 'vitest';
import { splitAsk } from './stem-ask';

describe('splitAsk keeps the ask of a long stem', () => {
  test('the last line of a stem written on several lines', () => {
    const stem = 'A company built a model. In each invocation it processes 400 MB.  \nWhat is the MOST cost-effective solution?';
    expect(splitAsk(stem)).toEqual({ lead: 'A company built a model. In each invocation it processes 400 MB.', ask: 'What is the MOST cost-effective solution?' });
  });

  test('the last sentence of a stem on one line', () => {
    expect(splitAsk('A team trains a model. It overfits. Which technique helps?')).toEqual({ lead: 'A team trains a model. It overfits.', ask: 'Which technique helps?' });
  });

  test('"(Select TWO.)" stays with its question', () => {
    expect(splitAsk('Data is large. Which services fit? (Select TWO.)')).toEqual({ lead: 'Data is large.', ask: 'Which services fit? (Select TWO.)' });
  });

  test('a one-sentence stem is all ask', () => {
    expect(splitAsk('Which service stores objects?')).toEqual({ lead: '', ask: 'Which service stores objects?' });
  });

  test('a stem ending in a list is not cut', () => {
    const stem = 'Put these in order:\n- Collect\n- Label';
    expect(splitAsk(stem)).toEqual({ lead: '', ask: stem });
  });

  test('blank lines at the end do not make an empty ask', () => {
    expect(splitAsk('Scenario here.\n\nWhich one?\n\n')).toEqual({ lead: 'Scenario here.', ask: 'Which one?' });
  });
});
