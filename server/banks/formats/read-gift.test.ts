// GIFT's matching and short-answer questions read as Cramjam's matching and
// type-the-answer questions, its weights, [html] text and Moodle's cloze gaps as
// Moodle means them; the shapes Cramjam cannot play are refused per question.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBankMarkdown } from '../export';
import { IMAGE_URL_PREFIX } from '../images';
import { readBankBytes, readBankText } from '../read-bank';
import { PNG_1X1 } from '../../../tests/support/image-fixture';
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

describe('GIFT right answers written with ~= or weights', () => {
  it('reads "~=" as the right answer among ~ answers, and alone as a short answer', () => {
    const result = gift('Pick. {~wrong ~= right ~other}\n\nName the capital. {~=Paris}');
    expect(result.errors).toEqual([]);
    expect(result.bank!.questions.map((q) => [q.type, q.options.map((o) => `${o.correct ? '*' : ''}${o.text}`)])).toEqual([
      ['choice', ['wrong', '*right', 'other']],
      ['typed', ['*Paris']],
    ]);
  });

  it('a short answer\'s feedback on an answer it does not accept is a why-not note', () => {
    const [q] = gift('Capital of Germany? {=Berlin#Right. =%50%Bonn#Bonn was the capital of West Germany.}').bank!.questions;
    expect(q).toMatchObject({ type: 'typed', explanation: 'Right.', whyNot: ['Bonn was the capital of West Germany.'] });
    expect(q!.options.map((o) => o.text)).toEqual(['Berlin']);
  });
});

describe('GIFT [html]', () => {
  it('reads the answers and feedback in the question\'s format; a closing tag after the answers is no missing word', () => {
    const [q] = gift('[html]<p>Which is <b>bold</b>?</p>{=<b>this</b>#<p>Yes&nbsp;it is</p> ~<i>that</i>}</p>').bank!.questions;
    expect(q).toMatchObject({ stem: 'Which is **bold**?', explanation: 'Yes it is' });
    expect(q!.options.map((o) => [o.text, o.note])).toEqual([
      ['**this**', 'Yes it is'],
      ['_that_', undefined],
    ]);
  });

  it('an answer\'s own format wins over the question\'s', () => {
    const [q] = gift('[html]<p>Which?</p>{=[plain]<b> is text ~[markdown]**strong**}').bank!.questions;
    expect(q!.options.map((o) => o.text)).toEqual(['\\<b\\> is text', '**strong**']);
  });

  it('a note on a wrong option with several paragraphs stays one paragraph, its option\'s own', () => {
    const [q] = gift('[html]Which?{=a ~b#<p>First.</p><p>Second.</p>}').bank!.questions;
    expect(q).toMatchObject({ whyNot: [] });
    expect(q!.options[1]!.note).toBe('First.\nSecond.');
  });

  it('a @@PLUGINFILE@@ image in a note is imported from the zip like the stem\'s, with one warning when missing', () => {
    const text = '[html]<p>Which?</p>{=a ~b#<p>See <img src\\="@@PLUGINFILE@@/why.png"></p>}';
    const found = readBankBytes('q.zip', zipSync({ 'q.gift': strToU8(text), 'why.png': PNG_1X1 }));
    const [q] = found.importable!.questions;
    expect(q!.options[1]!.note).toMatch(new RegExp(`^See !\\[\\]\\(${IMAGE_URL_PREFIX}[0-9a-f]{64}\\)$`));
    expect(q!.whyNot).toEqual([]);
    const missing = readBankBytes('q.zip', zipSync({ 'q.gift': strToU8(text), 'other.png': PNG_1X1 }));
    expect(missing.warnings.map((issue) => issue.message)).toEqual([
      'no explanation: players will see the right answer but not why',
      'image "why.png" is not in the zip or folder, so it would show broken',
    ]);
  });
});

describe('GIFT cloze gaps', () => {
  const stems = (result: BankResult) => result.importable?.questions.map((q) => [q.type, q.stem, q.options.map((o) => `${o.correct ? '*' : ''}${o.text}`), q.select]);

  it('reads MULTIRESPONSE and the layouts of MULTICHOICE as choices, and a gap in [html] text', () => {
    const result = gift('[html]<p>Pick {1:MCV:=one~two}, {:MR:~%50%x~%50%y~%-100%z} and {2:MULTICHOICE_HS:~p~=q}.</p>');
    expect(result.errors).toEqual([]);
    expect(stems(result)).toEqual([
      ['choice', 'Pick \\_\\_\\_\\_\\_, x, y and q.', ['*one', 'two'], 1],
      ['choice', 'Pick one, \\_\\_\\_\\_\\_ and q.', ['*x', '*y', 'z'], 2],
      ['choice', 'Pick one, x, y and \\_\\_\\_\\_\\_.', ['p', '*q'], 1],
    ]);
  });

  it('fills a wildcard short-answer gap without its wildcards, and a numerical gap of tolerance 0 as typed', () => {
    expect(stems(gift('Backups run {1:SA:=*manually*} at {1:NM:=2:0} am.'))).toEqual([
      ['typed', 'Backups run \\_\\_\\_\\_\\_ at 2 am.', ['**manually*'], 1],
      ['typed', 'Backups run manually at \\_\\_\\_\\_\\_ am.', ['*2'], 1],
    ]);
  });

  it.each([
    ['an unknown gap type', 'A {1:XX:=a} b {1:SA:=c}.', 'gap 1 of 2: "XX" is not a gap type Cramjam reads: MULTICHOICE (MC), MULTIRESPONSE (MR), SHORTANSWER (SA) or NUMERICAL (NM)'],
    ['a GIFT answer set among gaps', 'A {1:SA:=a} b {=c ~d}.', 'gap 2 of 2: a GIFT answer set among cloze gaps: write every gap as {1:MC:~wrong~=right} or {1:SA:=answer}'],
    ['a numerical gap that is no number', 'Port {1:NM:=eighty}.', 'gap 1 of 1: "eighty" is not a number'],
    ['a short-answer gap with no full credit', 'Say {1:SA:~%50%maybe}.', 'gap 1 of 1: a short-answer question with no full-credit answer: write at least one {=answer} with no % weight, or %100%'],
    ['a choice gap with an empty answer', 'Pick {1:MC:=a~#why}.', 'gap 1 of 1: an answer with no text: write it after its = or ~'],
  ])('%s skips the question, saying which gap', (_, question, message) => {
    const result = gift(`${question}\n\nKept? {T}\n`);
    expect(problems(result)).toEqual([`1: ${message}`]);
    expect(typesOf(result)).toEqual(['truefalse']);
  });
});
