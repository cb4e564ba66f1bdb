// The corpus: every fixture in tests/fixtures/banks/ (a file, or a folder read as
// one bank) against its expected parse in tests/fixtures/banks/expected/<name>.json,
// written by hand-reviewed runs, never silently. To (re)write the snapshots of
// some fixtures, run, then review the diff before committing:
//
//   CORPUS_WRITE=csv-problems.csv,quiz.gift npx vitest run server/banks/corpus.test.ts
//
// Also for every fixture: its export (markdown, or a zip when it has images)
// reads back to the same questions, each option's note included; and every CSV fixture, saved as an .xlsx
// spreadsheet, reads as the CSV does.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildXlsx, type SheetCell } from '../../tests/support/xlsx-fixture';
import { exportBankMarkdown, exportBankZip } from './export';
import { delimiterOf } from './formats/read-csv';
import { readBankFile } from './index';
import { loadBankFile } from './load';
import { readBankBytes, readBankText } from './read-bank';
import { IGNORED, skippedQuestions } from './report';
import type { BankResult, ParsedQuestion } from './types';

const CORPUS = 'tests/fixtures/banks';
const EXPECTED = `${CORPUS}/expected`;
const FIXTURES = readdirSync(CORPUS).filter((name) => name !== 'expected' && !name.startsWith('.')).sort();
const TO_WRITE = new Set((process.env.CORPUS_WRITE ?? '').split(',').filter(Boolean));

/** What a question reads as, in the form a reviewer checks: every part a player or the reveal sees. */
const questionOf = (question: ParsedQuestion) => ({
  line: question.line,
  type: question.type,
  section: question.section,
  ...(question.caseStudy ? { caseStudy: question.caseStudy } : {}),
  stem: question.stem,
  options: question.options.map(({ text, correct, match, note }) => ({ text, correct, ...(match === undefined ? {} : { match }), ...(note ? { note } : {}) })),
  select: question.select,
  explanation: question.explanation,
  ...(question.whyNot.length ? { whyNot: question.whyNot } : {}),
  ...(question.links.length ? { links: question.links } : {}),
});

/** The snapshot: how the file was read, the counts, each question, each skipped question with its problems, what was passed over. */
function snapshotOf(result: BankResult) {
  const { questions: skipped, other } = skippedQuestions(result.errors);
  return {
    format: result.format ?? null,
    counts: result.counts ?? null,
    questions: (result.importable?.questions ?? []).map(questionOf),
    skipped,
    problems: other.map((issue) => `${issue.file ? `${issue.file}:` : ''}${issue.line}: ${issue.message}`),
    ignored: result.warnings.filter((warning) => warning.message.startsWith(IGNORED)).map((issue) => `${issue.file ? `${issue.file}:` : ''}${issue.line}: ${issue.message}`),
  };
}

/** The same questions, wherever they start: an export renumbers lines, and gives every option its author (the file). */
const comparable = (result: BankResult) => ({
  title: result.importable?.title,
  sections: result.importable?.sections,
  // Each option's note too: the export quotes it under its option.
  questions: result.importable?.questions.map(({ line: _line, options, ...question }) => ({ ...question, options: options.map(({ text, correct, match, note }) => ({ text, correct, match, note })) })),
});

describe('the corpus reads as expected', () => {
  it('holds the fixtures it is meant to', () => {
    expect(FIXTURES.filter((name) => name.startsWith('csv-')).length).toBeGreaterThanOrEqual(8);
    expect([...TO_WRITE].filter((name) => !FIXTURES.includes(name)), 'CORPUS_WRITE names no such fixture').toEqual([]);
  });

  for (const name of FIXTURES) {
    it(name, async () => {
      const snapshot = snapshotOf(await loadBankFile(`${CORPUS}/${name}`));
      const path = `${EXPECTED}/${name}.json`;
      if (TO_WRITE.has(name)) {
        mkdirSync(EXPECTED, { recursive: true });
        writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
      }
      expect(existsSync(path), `${name} has no expected parse: run CORPUS_WRITE=${name} npx vitest run server/banks/corpus.test.ts and review ${path}`).toBe(true);
      expect(snapshot).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});

describe("the corpus's exports read back to the same questions", () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const result = await loadBankFile(`${CORPUS}/${name}`);
      if (!result.importable) return expect(result.errors.length, `${name} imports nothing, so there is nothing to export`).toBeGreaterThan(0);
      // A bank with images travels as a zip with them; markdown alone would link addresses of this server.
      const back = result.images?.length
        ? readBankBytes('exported.zip', exportBankZip(result.importable, result.images).zip)
        : readBankText(exportBankMarkdown(result.importable), { fileName: 'exported.md' });
      expect(back.errors).toEqual([]);
      expect(comparable(back)).toEqual(comparable(result));
    });
  }
});

/** A CSV fixture's cells, each on its own row of a sheet, numbers as numbers (as a spreadsheet holds them). */
function sheetOf(text: string): SheetCell[][] {
  const records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows: SheetCell[][] = [];
  for (const { record, info } of records) rows[info.lines - 1] = record.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell || null));
  return Array.from(rows, (row) => row ?? []);
}

describe('every CSV fixture saved as an .xlsx reads as the CSV does, and its export back to the same questions', () => {
  for (const name of FIXTURES.filter((fixture) => fixture.endsWith('.csv'))) {
    it(name, async () => {
      const text = readFileSync(`${CORPUS}/${name}`, 'utf8');
      const csv = snapshotOf(await loadBankFile(`${CORPUS}/${name}`));
      const read = await readBankFile(name.replace(/\.csv$/, '.xlsx'), buildXlsx(sheetOf(text)));
      expect(snapshotOf(read)).toEqual({ ...csv, format: 'spreadsheet' });
      if (read.importable) expect(comparable(readBankText(exportBankMarkdown(read.importable), { fileName: 'exported.md' }))).toEqual(comparable(read));
    });
  }
});
