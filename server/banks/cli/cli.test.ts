// The bank CLI as a user runs it: a real process, its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
        'options: 80 authored or curated, 0 generated',
        'warnings: 0',
        '',
      ].join('\n'),
    );
  });

  it('prints the bank as JSON in the documented shape with --json', () => {
    const { code, stdout } = bank('check', SEED, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['format', 'title', 'sections', 'questions', 'skipped', 'errors', 'warnings']);
    expect(json).toMatchObject({ format: 'markdown', skipped: 0, errors: [], warnings: [] });
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
    expect(stdout).toContain('options: 0 authored or curated, 4 generated');
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
