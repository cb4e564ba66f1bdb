// GIFT's matching and short-answer questions read as Cramjam's matching and
// type-the-answer questions; the shapes Cramjam cannot play are refused per question.
import { describe, expect, it } from 'vitest';
import { exportBankMarkdown } from '../export';
import { readBankText } from '../read-bank';
import type { BankResult } from '../types';

const gift = (text: string) => readBankText(text, { fileName: 'quiz.gift' });
const problems = (result: BankResult) => result.errors.map((issue) => `${issue.line}: ${issue.message}`);
const typesOf = (result: BankResult) => result.importable?.questions.map((q) => q.type);

const MATCHING = `$CATEGORY: AI services

::Services:: Match each service to its task. {
  =Amazon Polly -> Turn text into speech
  =Amazon Transcribe -> Turn speech into text
  =Amazon Textract -> Read scanned forms
  =Amazon Comprehend -> Find sentiment in text
  ####Each managed AI service does one job through an API.
}
`;

describe('GIFT matching', () => {
  it('reads =prompt -> answer pairs as a matching question, with the general feedback as its explanation', () => {
    const result = gift(MATCHING);
    expect(result.errors).toEqual([]);
    const [q] = result.bank!.questions;
    expect(q).toMatchObject({ type: 'matching', section: 'AI services', stem: 'Match each service to its task.', explanation: 'Each managed AI service does one job through an API.' });
    expect(q!.options.map((o) => [o.text, o.match])).toEqual([
      ['Amazon Polly', 'Turn text into speech'],
      ['Amazon Transcribe', 'Turn speech into text'],
      ['Amazon Textract', 'Read scanned forms'],
      ['Amazon Comprehend', 'Find sentiment in text'],
    ]);
  });

  it('exports to markdown that reads back to the same matching question', () => {
    const bank = gift(MATCHING).bank!;
    const again = readBankText(exportBankMarkdown(bank), { fileName: 'again.md' });
    expect(again.errors).toEqual([]);
    expect(again.bank!.questions.map((q) => [q.type, q.options.map((o) => `${o.text} -> ${o.match}`)])).toEqual(bank.questions.map((q) => [q.type, q.options.map((o) => `${o.text} -> ${o.match}`)]));
  });

  it('two prompts may share an answer', () => {
    const result = gift('Which are compute, which storage? {=EC2 -> compute =Lambda -> compute =S3 -> storage}');
    expect(result.bank!.questions[0]!.options.map((o) => o.match)).toEqual(['compute', 'compute', 'storage']);
  });

  it.each([
    ['two pairs', 'Match. {=A -> 1 =B -> 2}', 'a matching question has 3 to 6 pairs (=prompt -> answer), not 2'],
    ['seven pairs', `Match. {${[1, 2, 3, 4, 5, 6, 7].map((n) => `=P${n} -> A${n}`).join(' ')}}`, 'a matching question has 3 to 6 pairs (=prompt -> answer), not 7'],
    ['a prompt twice', 'Match. {=Polly -> speech =polly -> voice =Textract -> forms}', 'the prompt "polly" is listed twice in this matching question'],
    ['an extra answer with no prompt', 'Match. {=A -> 1 =B -> 2 =C -> 3 = -> 4}', 'a matching answer with no prompt ("= -> 4"): Cramjam matches only written pairs, so leave the extra answer out'],
    ['a pair without its arrow', 'Match. {=A -> 1 =B 2 =C -> 3}', 'a matching question is written {=prompt -> its answer =prompt -> its answer ...}, each pair after an ='],
    ['a wrong answer among pairs', 'Match. {=A -> 1 =B -> 2 =C -> 3 ~D}', 'a matching question is written {=prompt -> its answer =prompt -> its answer ...}, each pair after an ='],
  ])('%s is skipped with a message at its line, and the rest import', (_, question, message) => {
    const result = gift(`${question}\n\nKept? {T}\n`);
    expect(problems(result)).toEqual([`1: ${message}`]);
    expect(result.bank).toBeUndefined();
    expect(typesOf(result)).toEqual(['truefalse']);
  });
});

describe('GIFT short answer', () => {
  it('reads {=answer =variant} as a type-the-answer question accepting each full-credit answer', () => {
    const result = gift('::Email:: Name the protocol that signs emails. {=DKIM =DomainKeys Identified Mail #It signs each message with a domain key.}');
    expect(result.errors).toEqual([]);
    const [q] = result.bank!.questions;
    expect(q).toMatchObject({ type: 'typed', stem: 'Name the protocol that signs emails.', explanation: 'It signs each message with a domain key.' });
    expect(q!.options.map((o) => o.text)).toEqual(['DKIM', 'DomainKeys Identified Mail']);
  });

  it('keeps accepted answers as plain text (escapes undone, spaces collapsed) and leaves out partial credit', () => {
    const result = gift('Which file lists hosts? {=/etc/hosts =%100%hosts  file =%50%the DNS ####Names resolve locally first.}');
    const [q] = result.bank!.questions;
    expect(q!.options.map((o) => o.text)).toEqual(['/etc/hosts', 'hosts file']);
    expect(q!.explanation).toBe('Names resolve locally first.');
  });

  it('a missing-word question becomes a typed question with the blank in its stem', () => {
    const result = gift('The capital of France is {=Paris} on the Seine.');
    expect(result.bank!.questions[0]).toMatchObject({ type: 'typed', stem: 'The capital of France is \\_\\_\\_\\_\\_ on the Seine.' });
  });

  it.each([
    ['only partial credit', 'Name it. {=%50%Maybe}', 'a short-answer question with no full-credit answer: write at least one {=answer} with no % weight, or %100%'],
    ['an answer too long to type', `Name it. {=${'x'.repeat(101)}}`, `the accepted answer "${'x'.repeat(60)}…" is longer than the 100 characters a player may type`],
  ])('%s is skipped with a message', (_, question, message) => {
    expect(problems(gift(question))).toEqual([`1: ${message}`]);
  });

  it('numeric and essay questions are still skipped, saying what Cramjam plays', () => {
    expect(problems(gift('How many? {#4}\n\nWhy? {}'))).toEqual([
      '1: a numeric question ({#...}): Cramjam plays choice, matching and short-answer questions',
      '3: an essay question (empty {}): Cramjam plays choice, matching and short-answer questions',
    ]);
  });
});
