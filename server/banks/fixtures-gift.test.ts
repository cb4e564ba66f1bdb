// The GIFT fixtures (tests/fixtures/banks/gift-*.gift, written for these tests
// in the shapes Moodle writes, issue 21 items 3 to 6), each with the parse it
// must give; then each through the markdown export and back.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBankMarkdown } from './export';
import { IMAGE_URL_PREFIX } from './images';
import { loadBankFile } from './load';
import { readBankBytes, readBankText } from './read-bank';
import type { BankResult } from './types';
import { PNG_1X1 } from '../../tests/support/image-fixture';

const FIXTURES = 'tests/fixtures/banks';
const load = (name: string) => loadBankFile(`${FIXTURES}/${name}`);

/** What a player sees, spelled out: "*" marks a right option, " # " starts its note. */
const questionsOf = (result: BankResult) =>
  (result.importable?.questions ?? []).map((question) => ({
    line: question.line,
    type: question.type,
    section: question.section,
    stem: question.stem,
    options: question.options.map((option) => `${option.correct ? '*' : ''}${option.text}${option.note ? ` # ${option.note}` : ''}`),
    select: question.select,
    explanation: question.explanation,
    whyNot: question.whyNot,
  }));
const problems = (issues: BankResult['errors']) => issues.map((issue) => `${issue.line}: ${issue.message}`);
const NO_EXPLANATION = 'no explanation: players will see the right answer but not why';
const noExplanation = (...lines: number[]) => lines.map((line) => `${line}: ${NO_EXPLANATION}`);
const BLANK = '\\_\\_\\_\\_\\_';

describe('GIFT fixtures', () => {
  it('~= marks the right answer, as in a missing-word question', async () => {
    const result = await load('gift-tilde-equals.gift');
    expect(questionsOf(result)).toEqual([
      { line: 3, type: 'choice', section: '', stem: `I ${BLANK} interested in theatre.`, options: ['*have been', 'was'], select: 1, explanation: '', whyNot: [] },
      { line: 5, type: 'choice', section: '', stem: `She ${BLANK} in Lisbon since 2019.`, options: ['*has lived', 'lives', 'is living'], select: 1, explanation: '', whyNot: [] },
      { line: 7, type: 'choice', section: '', stem: 'Which word is a noun?', options: ['*happiness', 'happily', 'happy'], select: 1, explanation: '', whyNot: [] },
      { line: 13, type: 'choice', section: '', stem: `They ${BLANK} finished the report yet.`, options: ["*haven't", "hasn't", "didn't"], select: 1, explanation: '', whyNot: [] },
    ]);
    expect(problems(result.errors)).toEqual([]);
  });

  it('weights: full credit is right; with no full-credit answer every positive weight is', async () => {
    const result = await load('gift-partial-credit.gift');
    expect(questionsOf(result).map(({ options, select }) => ({ options, select }))).toEqual([
      { options: ['*22', '23', '21'], select: 1 },
      { options: ['*UDP', 'TCP', 'SCTP'], select: 1 },
      { options: ['*2', '*3', '4', '9'], select: 2 },
      { options: ['*Red', '*Green', '*Blue', 'Yellow'], select: 3 },
      // half credit beside a full-credit answer is not a second right answer
      { options: ['*Encrypt the data and keep the bucket private', 'Keep the bucket private', 'Make the bucket public'], select: 1 },
    ]);
    expect(problems(result.errors)).toEqual([]);
  });

  it('[html] as markdown: tags, styles and entities gone, feedback and answers in the question\'s format, the @@PLUGINFILE@@ image named', async () => {
    const result = await load('gift-html.gift');
    expect(questionsOf(result)).toEqual([
      {
        line: 2,
        type: 'choice',
        section: '',
        stem: 'Which tier talks to the database in this diagram?\n\n![three tiers](three-tier.png)',
        options: [
          '*The application tier # Right: only the **application** tier holds the database credentials.',
          'The web tier # The web tier talks only to the application tier.',
          'The browser # Browsers never reach the database directly.',
        ],
        select: 1,
        explanation: 'In a three-tier design each tier talks only to the next one:\n\n- web to application\n- application to database',
        whyNot: [],
      },
      {
        line: 10,
        type: 'choice',
        section: '',
        stem: 'Which SQL operator means "less than or equal"?',
        options: ['*\\<=', '\\=\\<', '\\&lt; # That is how HTML writes \\<, not SQL.'],
        select: 1,
        explanation: '',
        whyNot: [],
      },
      { line: 17, type: 'truefalse', section: '', stem: 'Caching static files at the edge\nlowers latency for distant users.', options: ['*True', 'False'], select: 1, explanation: '', whyNot: [] },
    ]);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([
      '2: image "three-tier.png" would show broken: images are imported from a zip or folder holding the bank and its images, or link an https image',
      ...noExplanation(10, 17),
    ]);
  });

  it('[html] in a zip with its @@PLUGINFILE@@ image: the image is imported and shown', () => {
    const zip = zipSync({ 'course/quiz.gift': readFileSync(`${FIXTURES}/gift-html.gift`), 'course/three-tier.png': PNG_1X1 });
    const result = readBankBytes('course.zip', zip);
    expect(result.importable?.questions[0]?.stem).toMatch(new RegExp(`^Which tier talks to the database in this diagram\\?\\n\\n!\\[three tiers\\]\\(${IMAGE_URL_PREFIX}[0-9a-f]{64}\\)$`));
    expect(result.images).toHaveLength(1);
    expect(problems(result.warnings)).toEqual(noExplanation(10, 17));
  });

  it('cloze gaps: one question per gap, the others filled with their right answers; a gap with a tolerance is skipped saying why', async () => {
    const result = await load('gift-cloze.gift');
    expect(questionsOf(result)).toEqual([
      { line: 3, type: 'choice', section: '', stem: `He is ${BLANK} honest man and she is a doctor.`, options: ['a', '*an'], select: 1, explanation: '', whyNot: [] },
      { line: 3, type: 'choice', section: '', stem: `He is an honest man and she is ${BLANK} doctor.`, options: ['*a', 'an'], select: 1, explanation: '', whyNot: [] },
      {
        line: 5,
        type: 'typed',
        section: '',
        stem: `The capital of Germany is ${BLANK} and the capital of Austria is Vienna.`,
        options: ['*Berlin'],
        select: 1,
        explanation: 'Right',
        whyNot: ['Bonn was the capital of West Germany'],
      },
      { line: 5, type: 'typed', section: '', stem: `The capital of Germany is Berlin and the capital of Austria is ${BLANK}.`, options: ['*Vienna', '*Wien'], select: 1, explanation: '', whyNot: [] },
      {
        line: 7,
        type: 'choice',
        section: '',
        stem: `${BLANK} serves web pages, on port 80 by default.`,
        options: ['*HTTP', 'FTP # FTP moves files', 'SMTP # SMTP sends mail'],
        select: 1,
        explanation: '',
        whyNot: [],
      },
      { line: 7, type: 'typed', section: '', stem: `HTTP serves web pages, on port ${BLANK} by default.`, options: ['*80'], select: 1, explanation: '', whyNot: [] },
    ]);
    expect(problems(result.errors)).toEqual([
      '9: gap 1 of 1: a numerical answer with a tolerance ("3.14:0.005"): Cramjam compares typed answers exactly, so write the answers it accepts as {1:SA:=3.14}',
    ]);
  });

  it('wildcards stay wildcards, "\\*" an asterisk', async () => {
    const result = await load('gift-wildcards.gift');
    expect(questionsOf(result).map(({ type, options }) => ({ type, options }))).toEqual([
      { type: 'typed', options: ['**manually*'] },
      { type: 'typed', options: ['*ls*', '*dir'] },
      { type: 'typed', options: ['*\\*', '*asterisk', '*star'] },
    ]);
  });

  it('feedback on each answer is its option\'s note, a right one\'s the explanation too; no why-not notes are made of them', async () => {
    const result = await load('gift-feedback.gift');
    expect(questionsOf(result)).toEqual([
      {
        line: 3,
        type: 'choice',
        section: '',
        stem: 'Which storage class suits data read once a year?',
        options: [
          '*Archive storage # Right: the cheapest for data you rarely read.',
          'Standard storage # Standard costs the most per GB stored; it suits data read often.',
          'Infrequent access storage # Close, but reading once a year still costs more than archive.',
        ],
        select: 1,
        explanation: 'Right: the cheapest for data you rarely read.',
        whyNot: [],
      },
      {
        line: 9,
        type: 'choice',
        section: '',
        stem: 'Which two are symmetric ciphers?',
        options: ['*AES # AES is a symmetric block cipher.', '*ChaCha20 # ChaCha20 is a symmetric stream cipher.', 'RSA # RSA is asymmetric: it uses a key pair.'],
        select: 2,
        explanation: 'Symmetric ciphers use one shared key.',
        whyNot: [],
      },
      {
        line: 16,
        type: 'truefalse',
        section: '',
        stem: 'A /32 IPv4 prefix names exactly one address.',
        options: ['*True # Yes: all 32 bits are fixed.', 'False # No: with all 32 bits fixed, one address is left.'],
        select: 1,
        explanation: 'Yes: all 32 bits are fixed.',
        whyNot: [],
      },
    ]);
    expect(problems(result.warnings)).toEqual([]);
  });

  it('$CATEGORY: lines name the sections, Moodle\'s export comments are skipped', async () => {
    const result = await load('gift-category.gift');
    expect(questionsOf(result).map(({ line, section, stem, options }) => ({ line, section, stem, options }))).toEqual([
      { line: 6, section: 'Routing', stem: 'Which prefix is the IPv4 default route?', options: ['*0\\.0.0.0/0', '255\\.255.255.255/32', '127\\.0.0.0/8'] },
      { line: 18, section: 'Naming', stem: 'Which record type maps an address back to a name?', options: ['*PTR', 'CNAME', 'MX'] },
    ]);
    expect(result.importable?.sections).toEqual(['Routing', 'Naming']);
  });

  it('comment lines between questions, inside one and inside its answers are skipped', async () => {
    const result = await load('gift-comments.gift');
    expect(questionsOf(result).map(({ line, stem, options }) => ({ line, stem, options }))).toEqual([
      { line: 4, stem: 'Which protocol resolves names to addresses?', options: ['*DNS', 'DHCP', 'ARP'] },
      { line: 14, stem: 'Which port does DNS use?', options: ['*53', '67', '123'] },
    ]);
  });

  it('escaped characters are written as they are', async () => {
    const result = await load('gift-escapes.gift');
    expect(questionsOf(result).map(({ stem, options, explanation, whyNot }) => ({ stem, options, explanation, whyNot }))).toEqual([
      { stem: 'In GIFT, which character marks a wrong answer: \\~ or =?', options: ['*\\~', '\\='], explanation: '', whyNot: [] },
      { stem: 'Which JSON value is an empty object?', options: ['*\\{\\}', '\\[\\]', '""'], explanation: '', whyNot: [] },
      {
        stem: 'Which character starts the feedback on an answer?',
        options: ['*\\# # Yes, the hash sign.', '\\\\ # That one escapes the next character.'],
        explanation: 'Yes, the hash sign.',
        whyNot: [],
      },
      { stem: 'Which language is written C\\#?', options: ['*C#', '*C sharp'], explanation: '', whyNot: [] },
    ]);
  });
});

describe('GIFT fixtures through the markdown export', () => {
  const GIFT_FIXTURES = ['gift-tilde-equals.gift', 'gift-partial-credit.gift', 'gift-html.gift', 'gift-cloze.gift', 'gift-wildcards.gift', 'gift-feedback.gift', 'gift-category.gift', 'gift-comments.gift', 'gift-escapes.gift'];
  /** Every part a player sees, each option's note among them (" # note"), wherever the question starts. */
  const comparable = (result: BankResult) => questionsOf(result).map(({ line: _line, ...question }) => question);

  it.each(GIFT_FIXTURES)('%s reads back to the same questions, keeping every option\'s note', async (name) => {
    const result = await load(name);
    const back = readBankText(exportBankMarkdown(result.importable!), { fileName: 'exported.md' });
    expect(back.errors).toEqual([]);
    expect(comparable(back)).toEqual(comparable(result));
  });

  it('writes each option\'s note quoted under it, not as a why-not note', () => {
    const result = readBankText('Which? {=a ~b#not b ~c#not c\n\nat all}', { fileName: 'x.gift' });
    const markdown = exportBankMarkdown(result.importable!);
    expect(markdown).toContain('   - [ ] b\n     > not b\n   - [ ] c\n     > not c\n     > at all');
    expect(markdown).not.toContain('~~');
    expect(readBankText(markdown, { fileName: 'x.md' }).importable!.questions[0]!.options.map((option) => option.note)).toEqual([undefined, 'not b', 'not c\nat all']);
  });

  it('a wildcard answer reads back as a wildcard', async () => {
    const back = readBankText(exportBankMarkdown((await load('gift-wildcards.gift')).importable!), { fileName: 'exported.md' });
    expect(back.importable!.questions.map((question) => question.options.map((option) => option.text))).toEqual([['*manually*'], ['ls*', 'dir'], ['\\*', 'asterisk', 'star']]);
  });
});

describe('the GIFT example in docs/banks.md', () => {
  it('reads as the page says: a choice with feedback, a matching, a short answer, ~= and cloze gaps', () => {
    const docs = readFileSync('docs/banks.md', 'utf8');
    const section = docs.slice(docs.indexOf('- **Moodle GIFT**'), docs.indexOf('- **Moodle Aiken**'));
    const example = /```text\n([^]*?)```/.exec(section)![1]!.replace(/^ {2}/gm, '');
    const result = readBankText(example, { fileName: 'example.gift' });
    expect(problems(result.errors)).toEqual([]);
    expect(questionsOf(result).map(({ type, stem, options }) => ({ type, stem, options }))).toEqual([
      { type: 'choice', stem: 'Which service stores objects?', options: ['*Amazon S3 # Objects live in buckets.', 'Amazon EBS', 'Amazon EFS'] },
      { type: 'matching', stem: 'Match each service to its job.', options: ['*Amazon Polly', '*Amazon Transcribe', '*Amazon Textract'] },
      { type: 'typed', stem: 'Which service translates text?', options: ['*Amazon Translate', '*Translate'] },
      { type: 'choice', stem: `I ${BLANK} interested in theatre.`, options: ['*have been', 'was'] },
      { type: 'choice', stem: `He is ${BLANK} honest man and she is a doctor.`, options: ['a', '*an'] },
      { type: 'choice', stem: `He is an honest man and she is ${BLANK} doctor.`, options: ['*a', 'an'] },
    ]);
  });
});
