// One fixture per layout and format (tests/fixtures/banks/, written for these
// tests), each with the parse it must give; then the round trip through export.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FORMAT_EXAMPLES } from '../../app/banks/new/format-example';
import { readBankBytes, readBankText } from './read-bank';
import { loadBankFile } from './load';
import { expectRoundTrip, problems, questionsOf } from '../../tests/support/bank-fixtures';

const FIXTURES = 'tests/fixtures/banks';

describe('markdown layouts', () => {
  it('a heading followed by a task list, with badges, a table of contents and "Back to top" links passed over', async () => {
    const result = await loadBankFile(`${FIXTURES}/heading-task-list.md`);
    expect(result.errors).toEqual([]);
    expect(result.importable?.title).toBe('Cloud Basics Practice Questions');
    expect(questionsOf(result)).toEqual([
      { line: 13, section: '', stem: 'Which storage service keeps objects?', options: ['Block storage volumes', '*Object storage buckets', 'Network file shares'], explanation: '' },
      {
        line: 21,
        section: '',
        stem: 'Which two services run code without servers? (Choose two)',
        options: ['*Functions as a service', 'Virtual machines', '*Serverless containers', 'Dedicated hosts', 'Bare-metal racks'],
        explanation: '',
      },
      {
        line: 31,
        section: '',
        stem: 'How many availability zones does a highly available design use at least?',
        options: ['One', '*Two', 'Zero', 'Exactly seven', 'As many as there are regions', 'None of these'],
        explanation: '',
      },
    ]);
    expect(result.importable?.questions.map((question) => question.select)).toEqual([1, 2, 1]);
    expect(problems(result.warnings)).toEqual([
      expect.stringMatching(/^3: ignored, not a question/),
      '13: no explanation: players will see the right answer but not why',
      '21: no explanation: players will see the right answer but not why',
      '31: no explanation: players will see the right answer but not why',
    ]);
  });

  it('numbered questions with lettered options and "Answer: B", "Correct answer: A, C" or <details>; one without an answer is skipped', async () => {
    const result = await loadBankFile(`${FIXTURES}/lettered-answer.md`);
    expect(questionsOf(result)).toEqual([
      {
        line: 3,
        section: '',
        stem: 'A team needs private connectivity from its office to the cloud network. What should it use?',
        options: ['A public load balancer', '*A site-to-site VPN', 'An internet gateway', 'A content delivery network'],
        explanation: 'A site-to-site VPN encrypts traffic between the office and the cloud network.',
      },
      {
        line: 13,
        section: '',
        stem: 'Which two record types map a name to an address? (Select TWO)',
        options: ['*A record', 'MX record', '*AAAA record', 'TXT record'],
        explanation: 'A maps to IPv4 and AAAA to IPv6:\n\n- MX names mail servers\n- TXT holds free text',
      },
      { line: 27, section: '', stem: 'Which port does HTTPS use by default?', options: ['80', '*443', '22'], explanation: 'HTTPS listens on 443; 80 is plain HTTP.' },
    ]);
    expect(result.errors).toEqual([
      { line: 44, question: 42, message: 'no answer marked for "Which protocol resolves names?": add a line like "Answer: B" (or "Correct answer: B, D") after its options' },
    ]);
    expect(result.bank).toBeUndefined();
  });

  it('one question per file in a folder: the explanation keeps its own headings, lists and code', async () => {
    const result = await loadBankFile(`${FIXTURES}/one-per-file`);
    expect(result.errors).toEqual([]);
    expect(questionsOf(result)).toEqual([
      {
        line: 1,
        section: '01-subnets',
        stem: 'How many usable hosts does a /28 subnet have?',
        options: ['16', '*14', '28', '30'],
        explanation:
          '### Why\n\nA /28 leaves 4 host bits, so 2^4 = 16 addresses, minus two:\n\n1. the network address\n2. the broadcast address\n\n```text\n10.0.0.0/28 -> 10.0.0.1 .. 10.0.0.14\n```\n\n## Remember\n\n- Subtract two for classic IPv4 subnets.',
      },
      {
        line: 1,
        section: '02-latency',
        stem: 'Which design lowers latency for users on several continents?',
        options: ['One bigger server in one region', '*A content delivery network with edge caches', 'A larger database instance'],
        explanation: 'Edge caches serve content close to users.\n\n#### Details\n\n- Static files are cached at the edge.\n- Dynamic requests can still go to the origin.',
      },
    ]);
  });

  it('the same folder as a zip reads the same, problems naming their file', () => {
    const zip = zipSync({
      'bank/01-subnets.md': readFileSync(`${FIXTURES}/one-per-file/01-subnets.md`),
      'bank/02-latency.md': readFileSync(`${FIXTURES}/one-per-file/02-latency.md`),
      'bank/03-broken.md': strToU8('Which one?\n\n- [ ] a\n- [ ] b\n'),
      '__MACOSX/bank/._01-subnets.md': strToU8('litter'),
    });
    const result = readBankBytes('bank.zip', zip);
    expect(result.format).toBe('markdown');
    expect(result.importable?.questions.map((question) => question.stem)).toEqual([
      'How many usable hosts does a /28 subnet have?',
      'Which design lowers latency for users on several continents?',
    ]);
    expect(problems(result.errors)).toEqual(['bank/03-broken.md:1: no option is marked correct; mark the right one(s) with "- [x]"']);
  });
});

describe('other formats', () => {
  it('Moodle GIFT: categories, feedback, multiple response, true/false, escapes and a short-answer question', async () => {
    const result = await loadBankFile(`${FIXTURES}/quiz.gift`);
    expect(result.format).toBe('GIFT');
    expect(questionsOf(result)).toEqual([
      { line: 4, section: 'Identity', stem: 'Which factor is "something you have"?', options: ['*A hardware token', 'A password', 'A fingerprint'], explanation: 'Right: you hold it.' },
      {
        line: 10,
        section: 'Identity',
        stem: 'Which two practices follow least privilege?',
        options: ['*Grant only the permissions a task needs', '*Review unused permissions regularly', 'Share one admin account'],
        explanation: 'Least privilege means no more access than needed.',
      },
      { line: 17, section: 'Identity', stem: 'Encryption at rest protects data on a stolen disk.', options: ['*True', 'False'], explanation: '' },
      { line: 19, section: 'Identity', stem: 'Which string is a JSON object: \\{\\} or \\[\\]?', options: ['*\\{\\}', '\\[\\]'], explanation: '' },
      { line: 21, section: 'Identity', stem: 'Name the protocol that signs emails.', options: ['*DKIM', '*DomainKeys Identified Mail'], explanation: '' },
    ]);
    expect(result.importable?.questions[0]?.whyNot).toEqual([]);
    expect(result.importable?.questions[0]?.options.flatMap((option) => (option.note && !option.correct ? [option.note] : []))).toEqual(['That is something you know.', 'That is something you are.']);
    expect(result.importable?.questions.map((question) => question.type)).toEqual(['choice', 'choice', 'truefalse', 'choice', 'typed']);
    expect(problems(result.errors)).toEqual([]);
  });

  it('Moodle Aiken, with "ANSWER: A, C" and FEEDBACK; an answer naming no option is skipped', async () => {
    const result = await loadBankFile(`${FIXTURES}/quiz-aiken.txt`);
    expect(result.format).toBe('Aiken');
    expect(questionsOf(result)).toEqual([
      { line: 1, section: '', stem: 'Which command lists files in a directory?', options: ['*ls', 'cd', 'rm'], explanation: '' },
      { line: 7, section: '', stem: 'Which two are text editors?', options: ['*vim', 'grep', '*nano', 'tar'], explanation: 'vim and nano edit text; grep searches and tar archives.' },
    ]);
    expect(problems(result.errors)).toEqual(['15: ANSWER names C, which is not one of the options']);
  });

  it("CSV with Kahoot's template columns, semicolon separated; the time limit is ignored", async () => {
    const result = await loadBankFile(`${FIXTURES}/kahoot.csv`);
    expect(result.format).toBe('CSV');
    expect(questionsOf(result)).toEqual([
      { line: 2, section: '', stem: 'Which planet is largest?', options: ['Mars', '*Jupiter', 'Venus', 'Mercury'], explanation: '' },
      { line: 3, section: '', stem: 'Which are gas giants?', options: ['*Saturn', 'Earth', '*Jupiter'], explanation: '' },
      { line: 4, section: '', stem: 'Which is a moon, of Saturn?', options: ['*Titan', 'Europa'], explanation: '' },
    ]);
    expect(problems(result.errors)).toEqual(['5: "5" in the "Correct answer(s)" column names an empty or missing option']);
  });

  it('CSV without the columns it needs says which are missing', () => {
    expect(problems(readBankText('Prompt,Reply\nWhy?,Because\n', { fileName: 'x.csv' }).errors)).toEqual([
      '1: the header row has no question column ("Question", "Question text" or "Stem"), fewer than 2 option columns ("Option 1".."Option 6", "Answer 1", "Ans1", "Choice 1" or "A".."F"), no correct column ("Correct", "Correct answer", "Correct ans", or "Answer" beside option columns); it names the columns "Prompt", "Reply"',
    ]);
  });
});

describe('bad input is refused with a clear message', () => {
  it('a GIFT file with an unclosed brace', async () => {
    const result = await loadBankFile(`${FIXTURES}/unclosed.gift`);
    expect(result.importable).toBeUndefined();
    expect(problems(result.errors)).toEqual(['1: a "{" opened here is never closed: every GIFT question needs its answers between { and }']);
  });

  it('a zip holding a path that climbs out of it', () => {
    const zip = zipSync({ 'ok.md': strToU8('Q?\n\n- [x] a\n- [ ] b\n'), '../x.md': strToU8('Q2?\n\n- [x] a\n- [ ] b\n') });
    const result = readBankBytes('evil.zip', zip);
    expect(result.importable).toBeUndefined();
    expect(problems(result.errors)).toEqual(['1: the zip holds "../x.md", a path outside the zip; nothing was read']);
  });

  it('a zip bomb: refused from its declared sizes, before it is inflated', () => {
    const bomb = zipSync({ 'a.md': new Uint8Array(6 * 1024 * 1024) }, { level: 1 });
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const tooBig = readBankBytes('bomb.zip', bomb);
    expect(problems(tooBig.errors)).toEqual(['1: "a.md" unpacks to 6.0 MiB; a bank file may be at most 5 MiB']);
    const zeros = new Uint8Array(4.5 * 1024 * 1024);
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i}.md`, zeros]));
    expect(problems(readBankBytes('bomb.zip', zipSync(many, { level: 1 })).errors)).toEqual(['1: the zip unpacks to over 40 MiB; nothing was read']);
  }, 60_000); // a test timeout for a busy machine: compressing 45 MB of zeros takes a few seconds
});

describe('export to Cramjam markdown', () => {
  it('reads back to the same questions: the shipped bank', async () => {
    expectRoundTrip(await loadBankFile('content/aws-ml-engineer-sample-questions.md'));
  });

  it('reads back to the same questions: every test bank and example', async () => {
    for (const name of ['heading-task-list.md', 'lettered-answer.md', 'one-per-file', 'quiz.gift', 'quiz-aiken.txt', 'kahoot.csv']) {
      expectRoundTrip(await loadBankFile(`${FIXTURES}/${name}`));
    }
    for (const example of FORMAT_EXAMPLES) expectRoundTrip(readBankText(example.text, { fileName: example.fileName }));
  });
});
