// The bank CLI as a user runs it: a real process, its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PNG_1X1 } from '../../../tests/support/image-fixture';
import { readBankBytes } from '../read-bank';

const SEED = 'content/aws-ml-engineer-sample-questions.md';

function bank(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/banks/cli/cli.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bank-cli-')), name);
  writeFileSync(path, text);
  return path;
}

// Each case starts a process with tsx: past vitest's default 5 s on a busy machine.
describe('npm run bank -- check', { timeout: 30_000 }, () => {
  it('prints a summary of the seed bank and exits 0', () => {
    const { code, stdout, stderr } = bank('check', SEED);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Sample Questions: 20 questions',
        '  Official Pretest: 4',
        '  Collect, Ingest, and Store Data: 11',
        '  Choose a modeling approach: 5',
        'options: 80 written in the file or curated, 0 generated',
        '20 questions, 0 skipped, 0 ignored as not questions',
        'warnings: 0',
        '',
      ].join('\n'),
    );
  });

  it('prints the bank as JSON in the documented shape with --json', () => {
    const { code, stdout } = bank('check', SEED, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['format', 'title', 'sections', 'questions', 'skipped', 'counts', 'errors', 'warnings']);
    expect(json).toMatchObject({ format: 'markdown', skipped: 0, counts: { questions: 20, skipped: 0, duplicates: 0, ignored: 0 }, errors: [], warnings: [] });
    expect(json.questions).toHaveLength(20);
    for (const question of json.questions) {
      expect(Object.keys(question)).toEqual(['type', 'section', 'stem', 'options', 'select', 'explanation', 'whyNot', 'links', 'line']);
      expect(question.type).toBe('choice');
      for (const option of question.options) expect(Object.keys(option)).toEqual(['text', 'correct']);
    }
    expect(json.questions[1].links).toHaveLength(2);
  });

  it('prints the questions found and the problems as JSON with --json, also for a file with errors', () => {
    const path = tempFile('broken.md', '1. Answered?\n\n    *Yes.*\n\n2. Not answered?\n\n3. Answered too?\n\n    *No.*\n');
    const { code, stdout } = bank('check', path, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.questions.map((question: { stem: string }) => question.stem)).toEqual(['Answered?', 'Answered too?']);
    expect(json.skipped).toBe(1);
    expect(json.errors).toEqual([{ line: 5, question: 5, message: expect.stringMatching(/^question has no answer/) }]);
    const none = JSON.parse(bank('check', tempFile('none.md', 'Just prose.\n'), '--json').stdout);
    expect(none).toMatchObject({ title: null, questions: [], skipped: 0, errors: [{ line: 1, message: expect.stringMatching(/^no questions found/) }] });
  });

  it('by default, reports the skipped questions grouped and exits 0 when some can be imported', () => {
    const path = tempFile('broken.md', '1. Answered?\n\n    *Yes.*\n\n2. Not answered?\n\n3. Answered too?\n\n    *No.*\n\n4. Also not answered?\n');
    const { code, stdout, stderr } = bank('check', path);
    expect(code).toBe(0);
    expect(stdout).toContain('Untitled bank: 2 questions'.replace('Untitled bank', 'broken'));
    expect(stdout).toContain('2 questions, 2 skipped, 0 ignored as not questions\n');
    expect(stdout).toContain('skipped: 2 questions, 2 problems\n  2 × line 5: question has no answer: "Not answered?"');
    expect(stderr).toContain(`${path}:11: question has no answer: "Also not answered?"`);
  });

  it('prints errors as file:line: message and exits 1 with --strict', () => {
    const path = tempFile('broken.md', '1. Answered?\n\n    *Yes.*\n\n2. Not answered?\n\n3. Answered too?\n\n    *No.*\n');
    const { code, stdout, stderr } = bank('check', path, '--strict');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: question has no answer: "Not answered\\?"`));
  });

  it("names the sidecar's own file in its errors", () => {
    const path = tempFile('with-sidecar.md', '1. Which is columnar?\n\n    *Parquet is.*\n\n2. Which is a row format?\n\n    *CSV is.*\n');
    writeFileSync(path.replace(/\.md$/, '.options.md'), '### A question that is gone\n\n- [x] Yes\n- [ ] No\n');
    const { code, stderr } = bank('check', path, '--strict');
    expect(code).toBe(1);
    expect(stderr).toContain(`${path.replace(/\.md$/, '.options.md')}:1: "A question that is gone" matches no question in the bank`);
  });

  it('prints warnings with generated options counted, and still exits 0', () => {
    const why = '1. Why resample?\n\n    *Because the classes are skewed, resampling gives the model enough examples of the rare class.*\n\n';
    const path = tempFile('long-answer.md', `${why}2. Which is columnar?\n\n    *Parquet is columnar.*\n`);
    const { code, stdout, stderr } = bank('check', path);
    expect(code).toBe(0);
    expect(stdout).toContain('options: 0 written in the file or curated, 4 generated');
    expect(stdout).toContain('warnings: 1');
    expect(stderr).toMatch(/long-answer\.md:1: warning: no short answer found, so the correct option is the answer's whole first sentence/);
  });

  it('prints a question with one option as an error and exits 1', () => {
    const path = tempFile('small.md', '1. The only question?\n\n    *The only answer.*\n');
    const { code, stdout, stderr } = bank('check', path);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/small\.md:1: only 1 option: a round needs 2 to 6 options/);
  });

  it('explains usage and exits 2 for a missing file, an unknown command or option', () => {
    for (const args of [['check', 'no/such/file.md'], ['frobnicate', SEED], [], ['check'], ['check', SEED, '--yaml']]) {
      const { code, stderr } = bank(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('usage: npm run bank -- check <file|folder|zip> [--json] [--strict]');
    }
    expect(bank('check', 'no/such/file.md').stderr).toMatch(/^no\/such\/file\.md: no such file/);
  });
});

describe('npm run bank -- check: the counts', { timeout: 30_000 }, () => {
  it('counts a duplicate among the skipped, with its line, and empty template rows as ignored, not skipped', () => {
    const rows = ['Question,Option 1,Option 2,Correct', 'Which is largest?,Mars,Jupiter,2', 'Which is largest?,Mars,Jupiter,2', 'Which is smallest?,Mercury,Mars,1', ...['4', '5', '6'].map((n) => `${n},,,`)];
    const path = tempFile('template.csv', `${rows.join('\n')}\n`);
    const { code, stdout, stderr } = bank('check', path);
    expect(code).toBe(0);
    expect(stdout).toContain('2 questions, 1 skipped (1 duplicate), 3 ignored as not questions\n');
    expect(stderr).toContain(`${path}:3: the same question is at lines 2 and 3: "Which is largest?"`);
    expect(stderr).toContain(`${path}:5: warning: ignored, not a question: 3 empty rows, lines 5 to 7`);
  });
});

describe('npm run bank -- export', { timeout: 30_000 }, () => {
  /** A zip of a question that shows a diagram, and the diagram. */
  function zipWithImage(): string {
    const path = join(mkdtempSync(join(tmpdir(), 'bank-cli-')), 'diagram.zip');
    writeFileSync(path, zipSync({ 'bank.md': strToU8('1. Which tier is this?\n\n   ![tier](img/tier.png)\n\n   - [x] Web\n   - [ ] Data\n\n   The web tier faces users.\n'), 'img/tier.png': PNG_1X1 }));
    return path;
  }

  it('writes a zip with its images embedded (--out x.zip), which reads back to the same questions anywhere', () => {
    const path = zipWithImage();
    const out = join(mkdtempSync(join(tmpdir(), 'bank-cli-')), 'out.zip');
    const { code, stderr } = bank('export', path, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toBe(`${out}: 1 question and 1 image\n`);
    const files = unzipSync(readFileSync(out));
    const image = Object.keys(files).find((name) => name.startsWith('images/'))!;
    expect(image).toMatch(/^images\/[0-9a-f]{64}\.png$/);
    expect(files[image]).toEqual(PNG_1X1);
    expect(new TextDecoder().decode(files['bank.md'])).toContain(`![tier](${image})`);
    const back = readBankBytes('out.zip', readFileSync(out));
    const original = readBankBytes('diagram.zip', readFileSync(path));
    expect(back.errors).toEqual([]);
    expect(back.importable?.questions.map(({ stem, options }) => ({ stem, options }))).toEqual(original.importable?.questions.map(({ stem, options }) => ({ stem, options })));
  });

  it('as markdown, links no server address and names each image it does not carry', () => {
    const { code, stdout, stderr } = bank('export', zipWithImage());
    expect(code).toBe(0);
    expect(stdout).not.toContain('/api/banks/images/');
    expect(stdout).toMatch(/!\[tier\]\(images\/[0-9a-f]{64}\.png\)/);
    expect(stderr).toMatch(/^warning: image images\/[0-9a-f]{64}\.png \(question at line 1\) is not carried by markdown alone: export with --out bank\.zip to embed it\n$/);
  });
});

describe('npm run bank -- check --lettered-answer', { timeout: 30_000 }, () => {
  const RUN_ON = 'tests/fixtures/banks/md-run-on-options.md';
  const typesOf = (stdout: string) => (JSON.parse(stdout) as { questions: { type: string }[] }).questions.map((question) => question.type);

  it('says once what it assumed and which flag reads the file the other way', () => {
    const { code, stdout } = bank('check', RUN_ON);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'read one way of two: 3 questions like line 8: read "Answer: B" as option B of the lettered lines under the question, not as an answer to type; --lettered-answer typed reads them the other way\n',
    );
  });

  it('reads lettered lines under a question as its text and the letter as the answer to type with "typed"', () => {
    expect(typesOf(bank('check', RUN_ON, '--json').stdout)).toEqual(['choice', 'choice', 'choice']);
    expect(typesOf(bank('check', RUN_ON, '--json', '--lettered-answer', 'typed').stdout)).toEqual(['typed', 'typed', 'typed']);
    expect(bank('check', RUN_ON, '--lettered-answer', 'typed').stdout).toContain('--lettered-answer options reads them the other way');
  });

  it('refuses a way it does not know, with the usage', () => {
    const { code, stderr } = bank('check', RUN_ON, '--lettered-answer', 'letters');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--lettered-answer needs "options" or "typed"\nusage:/);
  });
});
