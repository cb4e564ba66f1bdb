// Importing banks into real Postgres: one transaction, versions, no duplicates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readBankText } from '../server/banks/read-bank';
import { loadBankFile } from '../server/banks/load';
import type { ParsedBank } from '../server/banks/types';
import { bankSlug, getBankWithQuestions, importBank, listBanks, slugify } from '../server/banks/store/banks';
import { caseStudyOf } from '../server/store/question-rows';
import { useTestDb } from './support/db';

const db = useTestDb();
const SEED = 'content/aws-ml-engineer-sample-questions.md';
// Other files share this database: a title of our own keeps our slug to ourselves.
const run = Date.now().toString(36);

async function rowCounts() {
  const [banks, questions, options, links] = await Promise.all([db.bank.count(), db.question.count(), db.option.count(), db.link.count()]);
  return { banks, questions, options, links };
}

async function seedBank(title: string): Promise<ParsedBank> {
  const { bank, errors } = await loadBankFile(SEED);
  expect(errors).toEqual([]);
  return { ...bank!, title };
}

function bankCli(...args: string[]) {
  const env = { ...process.env, DATABASE_URL: inject('databaseUrl') };
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/banks/cli/cli.ts', ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('importing a bank', () => {
  const title = `Sample Questions ${run}`;

  test('an upload titled like a shipped bank is a bank of its own and cannot replace it', async () => {
    const shippedTitle = `Shipped ${run}`;
    const shipped = await importBank(db, await seedBank(shippedTitle), { origin: 'content', fileName: 'seed.md' });
    const edited = await seedBank(shippedTitle);
    const upload = await importBank(db, { ...edited, description: 'edited by a user' }, { origin: 'upload', fileName: 'seed.md' });
    expect(upload).toMatchObject({ version: 1, created: true });
    expect(upload.slug).not.toBe(shipped.slug);
    const listed = (await listBanks(db)).filter((bank) => bank.title === shippedTitle);
    expect(listed.map((bank) => [bank.id, bank.shipped])).toEqual(expect.arrayContaining([[shipped.id, true], [upload.id, false]]));
  });

  test('stores the seed bank: 20 questions with their options and links, in order', async () => {
    const bank = await seedBank(title);
    const before = await rowCounts();
    const stored = await importBank(db, bank, { origin: 'cli', fileName: 'aws-ml-engineer-sample-questions.md' });
    expect(stored).toMatchObject({ slug: `cli-aws-ml-engineer-sample-questions--sample-questions-${run}`, version: 1, created: true });

    const read = await getBankWithQuestions(db, stored.id);
    expect(read).toMatchObject({ title, description: 'questions', sourceName: 'cli/aws-ml-engineer-sample-questions.md' });
    expect(read!.questions).toHaveLength(20);
    const asParsed = read!.questions.map((question) => ({
      type: question.type,
      caseStudy: caseStudyOf(question),
      section: question.section,
      stem: question.stem,
      options: question.options.map(({ text, correct, authored }) => ({ text, correct, authored })),
      select: question.select,
      explanation: question.explanation,
      whyNot: question.whyNot,
      links: question.links.map(({ title: linkTitle, url }) => ({ title: linkTitle, url })),
      line: question.line,
    }));
    expect(asParsed).toEqual(bank.questions);
    expect(await rowCounts()).toEqual({
      banks: before.banks + 1,
      questions: before.questions + 20,
      options: before.options + 80,
      links: before.links + 7,
    });
  });

  test('re-importing unchanged content writes nothing and returns the stored bank', async () => {
    const before = await rowCounts();
    const again = await importBank(db, await seedBank(title), { origin: 'cli', fileName: 'aws-ml-engineer-sample-questions.md' });
    expect(again).toMatchObject({ slug: `cli-aws-ml-engineer-sample-questions--sample-questions-${run}`, version: 1, created: false });
    expect(await rowCounts()).toEqual(before);
  });

  test('edited content becomes version 2, and version 1 stays as it was', async () => {
    const v1 = (await listBanks(db)).find((bank) => bank.title === title)!;
    const v1Before = await getBankWithQuestions(db, v1.id);
    const text = readFileSync(SEED, 'utf8')
      .replace('title: Sample Questions', `title: ${title}`)
      .replace('*Parquet provides a columnar', '*Parquet provides a compressed, columnar');
    const edited = readBankText(text, { curated: { file: 'sidecar', text: readFileSync(SEED.replace(/\.md$/, '.options.md'), 'utf8') } });
    expect(edited.errors).toEqual([]);

    const v2 = await importBank(db, edited.bank!, { origin: 'cli', fileName: 'aws-ml-engineer-sample-questions.md' });
    expect(v2).toMatchObject({ slug: v1.slug, version: 2, created: true });
    expect(v2.id).not.toBe(v1.id);
    expect(await getBankWithQuestions(db, v1.id)).toEqual(v1Before);
    const listed = (await listBanks(db)).filter((bank) => bank.slug === v1.slug);
    expect(listed).toEqual([expect.objectContaining({ id: v2.id, version: 2, questionCount: 20 })]);
  });

  test('two imports of the same new content at once store it once', async () => {
    const bank = await seedBank(`Concurrent ${run}`);
    const results = await Promise.all([importBank(db, bank, { origin: 'cli', fileName: 'a.md' }), importBank(db, bank, { origin: 'cli', fileName: 'a.md' })]);
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
    expect(new Set(results.map((result) => `${result.id} v${result.version}`)).size).toBe(1);
  });

  test('a failure part-way leaves nothing behind', async () => {
    const bank = await seedBank(`Half written ${run}`);
    const last = bank.questions.at(-1)!;
    // Postgres refuses NUL in text, so the options insert fails after the bank and questions went in.
    const broken = { ...bank, questions: [...bank.questions.slice(0, -1), { ...last, options: [{ text: 'bad\u0000', correct: true, authored: true }] }] };
    const before = await rowCounts();
    await expect(importBank(db, broken, { origin: 'cli', fileName: 'broken.md' })).rejects.toThrow(/0x00/);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("a bank's identity: origin, file name and title", () => {
  test('slugs keep the letters and digits of any script', () => {
    expect(slugify('Sample Questions')).toBe('sample-questions');
    expect(slugify('機械学習の問題')).toBe('機械学習の問題');
    expect(slugify('Вопросы: Неделя 1')).toBe('вопросы-неделя-1');
    expect(slugify('Ｗｅｅｋ　１ — Café')).toBe('week-1-café');
    expect(slugify('Cafe\u0301')).toBe(slugify('Café'));
    expect(slugify('हिन्दी प्रश्न')).toBe('हिन्दी-प्रश्न');
    expect(slugify('🧠 ?!')).toBe('');
  });

  test('the file name and the title each count, and never run into each other', () => {
    expect(bankSlug('upload', 'week1.md', 'Week 1')).toBe('upload-week1--week-1');
    expect(bankSlug('upload', 'week1.md', 'Week 1')).toBe(bankSlug('upload', 'week1.md', 'week  1!'));
    expect(bankSlug('upload', 'a-b.md', 'C')).not.toBe(bankSlug('upload', 'a.md', 'B C'));
    expect(bankSlug('upload', 'quiz.md', '🧠')).not.toBe(bankSlug('upload', 'quiz.md', '🧪'));
    const long = 'Machine Learning Engineer Associate practice questions, part';
    expect(bankSlug('upload', 'q.md', `${long} 1`)).not.toBe(bankSlug('upload', 'q.md', `${long} 2`));
    expect(bankSlug('upload', 'q.md', `${long} 1`).length).toBeLessThan(100);
  });

  test('non-Latin titles and file names make banks of their own, and an edit is their next version', async () => {
    const japanese = await seedBank(`機械学習の問題 ${run}`);
    const russian = await seedBank(`Вопросы по машинному обучению ${run}`);
    const greek = await seedBank(`Ερωτήσεις ${run}`);
    const stored = [
      await importBank(db, japanese, { origin: 'upload', fileName: '機械学習.md' }),
      await importBank(db, russian, { origin: 'upload', fileName: 'вопросы.md' }),
      // Same (Latin) file name as another member's, a different non-Latin title.
      await importBank(db, greek, { origin: 'upload', fileName: 'вопросы.md' }),
    ];
    expect(stored.map((bank) => [bank.slug, bank.version, bank.created])).toEqual([
      [`upload-機械学習--機械学習の問題-${run}`, 1, true],
      [`upload-вопросы--вопросы-по-машинному-обучению-${run}`, 1, true],
      [`upload-вопросы--ερωτήσεις-${run}`, 1, true],
    ]);
    const edited = await importBank(db, { ...russian, description: 'edited' }, { origin: 'upload', fileName: 'вопросы.md' });
    expect(edited).toMatchObject({ slug: stored[1]!.slug, version: 2, created: true });
  });

  test('two files with the same title are two banks; each edited file is the next version of its own', async () => {
    const week1 = await seedBank(`Week 1 ${run}`);
    const alice = await importBank(db, week1, { origin: 'upload', fileName: 'alice-week1.md' });
    const bob = await importBank(db, { ...week1, description: 'Bob’s notes' }, { origin: 'upload', fileName: 'bob.md' });
    expect(alice).toMatchObject({ version: 1, created: true });
    expect(bob).toMatchObject({ version: 1, created: true });
    expect(bob.slug).not.toBe(alice.slug);

    const aliceEdit = await importBank(db, { ...week1, description: 'edited by Alice' }, { origin: 'upload', fileName: 'alice-week1.md' });
    expect(aliceEdit).toMatchObject({ slug: alice.slug, version: 2, created: true });
    const listed = (await listBanks(db)).filter((bank) => bank.title === `Week 1 ${run}`);
    expect(listed.map((bank) => [bank.id, bank.version]).sort()).toEqual([[aliceEdit.id, 2], [bob.id, 1]].sort());
  });

});

describe('npm run bank -- import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bank-import-'));

  test('imports a file, then reports it unchanged', () => {
    const file = path.join(dir, 'cli-bank.md');
    writeFileSync(file, `---\ntitle: CLI bank ${run}\n---\n\n1. Which is columnar?\n\n    *Parquet is columnar.*\n\n2. Which is row-based?\n\n    *CSV is row-based.*\n`);
    const first = bankCli('import', file);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^CLI bank ${run} \\(cli-cli-bank--cli-bank-${run}\\) version 1: imported as a new version; bank id [0-9a-f-]{36}; 2 questions\\n$`));
    const second = bankCli('import', file);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/version 1: unchanged, already stored/);
  });

  const PARTLY_BAD = `1. Fine?\n\n- [x] Yes\n- [ ] No\n\n2. No answer here?\n\n3. Also fine?\n\n- [ ] Yes\n- [x] No\n`;

  test('with --strict, writes nothing for a file with a bad question and exits 1 with its errors', async () => {
    const file = path.join(dir, 'bad.md');
    writeFileSync(file, `---\ntitle: Bad ${run}\n---\n\n${PARTLY_BAD}`);
    const before = await rowCounts();
    const result = bankCli('import', file, '--strict');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:10: question has no answer`);
    expect(result.stderr).toContain('--strict: 1 questions have problems, so nothing was taken');
    expect(await rowCounts()).toEqual(before);
  });

  test('by default, imports the good questions, prints the skipped ones as file:line: message and exits 0', async () => {
    const file = path.join(dir, 'partly.md');
    writeFileSync(file, `---\ntitle: Partly ${run}\n---\n\n${PARTLY_BAD}`);
    const result = bankCli('import', file);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${file}:10: question has no answer`);
    expect(result.stdout).toMatch(/version 1: imported as a new version; bank id [0-9a-f-]{36}; 2 questions; 1 questions skipped \(above\)/);
    const id = /bank id ([0-9a-f-]{36})/.exec(result.stdout)![1]!;
    const stored = await db.question.findMany({ where: { bankId: id }, orderBy: { position: 'asc' } });
    expect(stored.map((question) => question.stem)).toEqual(['Fine?', 'Also fine?']);
  });

  test('exits 1 and writes nothing when no question can be imported', async () => {
    const file = path.join(dir, 'none.md');
    writeFileSync(file, `---\ntitle: None ${run}\n---\n\n1. No answer here?\n`);
    const before = await rowCounts();
    const result = bankCli('import', file);
    expect(result.code).toBe(1);
    expect(await rowCounts()).toEqual(before);
  });
});
