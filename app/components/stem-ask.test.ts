import { describe, expect, test } from 'vitest';
import { loadBankFile } from '@/server/banks/load';
import { splitAsk } from './stem-ask';

describe('splitAsk', () => {
  test('the ask is the last sentence; the scenario everything before it', () => {
    const stem = 'A company stores 10 TB of logs in Amazon S3. The data is read once a month.\nWhat is the MOST cost-effective solution?';
    expect(splitAsk(stem)).toEqual({ scenario: 'A company stores 10 TB of logs in Amazon S3. The data is read once a month.', ask: 'What is the MOST cost-effective solution?' });
    expect(splitAsk('The team needs results by Monday. Which service should they use?')).toEqual({ scenario: 'The team needs results by Monday.', ask: 'Which service should they use?' });
  });

  test('a short last sentence ("Select TWO.") keeps the sentence before it in the ask', () => {
    expect(splitAsk('A team trains models daily. Which steps reduce the cost of training? Select TWO.')).toEqual({
      scenario: 'A team trains models daily.',
      ask: 'Which steps reduce the cost of training? Select TWO.',
    });
  });

  test('a stem of one sentence, or ending in a list, table or code, is all ask', () => {
    expect(splitAsk('Which service stores objects?')).toEqual({ scenario: '', ask: 'Which service stores objects?' });
    expect(splitAsk('Pick the order. Steps:\n- one\n- two')).toEqual({ scenario: '', ask: 'Pick the order. Steps:\n- one\n- two' });
    expect(splitAsk('Given:\n```\nx = 1. Y = 2\n```\nWhat is x? It is asked here.')).toMatchObject({ scenario: '' });
  });

  test('decimals, versions and abbreviations inside a sentence do not end it', () => {
    expect(splitAsk('Version 2.1 of the model costs $0.5 per hour in us-east-1. Which instance type is the cheapest fit?').ask).toBe('Which instance type is the cheapest fit?');
  });

  test('every stem of both shipped banks ends its ask with the stem, and loses no text', async () => {
    for (const file of ['content/aws-ml-engineer-sample-questions.md', 'content/aws-ml-engineer-study-set.md']) {
      const { bank } = await loadBankFile(file);
      for (const q of bank!.questions) {
        const { scenario, ask } = splitAsk(q.stem);
        expect(`${scenario} ${ask}`.replace(/\s+/g, ' ').trim()).toBe(q.stem.replace(/\s+/g, ' ').trim());
        expect(ask.length, q.stem).toBeGreaterThan(0);
      }
    }
  });
});
