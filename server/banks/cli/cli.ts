// The bank CLI:
//   npm run bank -- check <file|folder|zip> [--json] [--strict]   validate, no database
//   npm run bank -- import <file|folder|zip> [--strict]           also store it
//   npm run bank -- export <file|folder|zip>                      print it as Cramjam markdown
// By default the good questions go in and each skipped one is printed as
// file:line: message; --strict refuses the whole file on any problem.
// Exit codes: 0 something to import (with --strict: nothing wrong), 1 nothing
// (or, with --strict, something wrong), 2 wrong usage or unreadable file.
// `check --json` always prints JSON, for a file with errors too.
import { basename } from 'node:path';
import { exportBankMarkdown } from '../export';
import { groupIssues, issueCount, skippedCount } from '../report';
import { loadBankFile } from '../load';
import type { BankResult, Issue, ParsedBank } from '../types';

const USAGE = `usage: npm run bank -- check <file|folder|zip> [--json] [--strict]
       npm run bank -- import <file|folder|zip> [--strict]
       npm run bank -- export <file|folder|zip>`;

const FLAGS: Record<string, string[]> = { check: ['--json', '--strict'], import: ['--strict'], export: [] };

function usage(problem: string): number {
  console.error(`${problem}\n${USAGE}`);
  return 2;
}

function printIssues(file: string, issues: Issue[], kind: 'error' | 'warning'): void {
  for (const issue of issues) {
    const label = kind === 'warning' ? 'warning: ' : '';
    console.error(`${issue.file ?? file}:${issue.line}: ${label}${issue.message}`);
  }
}

/** The `check --json` shape: what a reviewer or script needs, without storage details. */
function bankJson(result: BankResult) {
  const bank = result.importable;
  return {
    format: result.format ?? null,
    title: bank?.title ?? null,
    sections: bank?.sections ?? [],
    questions: (bank?.questions ?? []).map((question) => ({
      type: question.type,
      section: question.section,
      ...(question.caseStudy ? { caseStudy: question.caseStudy } : {}),
      stem: question.stem,
      options: question.options.map(({ text, correct, match }) => ({ text, correct, ...(match === undefined ? {} : { match }) })),
      select: question.select,
      explanation: question.explanation,
      whyNot: question.whyNot,
      links: question.links,
      line: question.line,
    })),
    skipped: skippedCount(result.errors),
    errors: result.errors,
    warnings: result.warnings,
  };
}

function summary(bank: ParsedBank, result: BankResult): string {
  const perSection = bank.sections.map((section) => {
    const count = bank.questions.filter((question) => question.section === section).length;
    return `  ${section || '(no section)'}: ${count}`;
  });
  const options = bank.questions.flatMap((question) => question.options);
  const authored = options.filter((option) => option.authored).length;
  return [
    `${bank.title}: ${bank.questions.length} questions`,
    ...perSection,
    `options: ${authored} authored or curated, ${options.length - authored} generated`,
    `warnings: ${result.warnings.length}`,
    ...skippedReport(result),
  ].join('\n');
}

/** "skipped: 3 questions", then one line per cause with its count and first line. */
function skippedReport(result: BankResult): string[] {
  if (!result.errors.length) return [];
  return [
    `skipped: ${skippedCount(result.errors)} questions, ${issueCount(result.errors)} problems`,
    ...groupIssues(result.errors).map((group) => `  ${group.count} × ${group.example.file ? `${group.example.file}:` : 'line '}${group.example.line}: ${group.example.message}`),
  ];
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const files = rest.filter((arg) => !arg.startsWith('--'));
  const allowed = command ? FLAGS[command] : undefined;
  if (!allowed) return usage(command ? `unknown command "${command}"` : 'missing command');
  const [path] = files;
  if (!path || files.length > 1) return usage('expected exactly one bank file, folder or zip');
  const unknown = flags.find((flag) => !allowed.includes(flag));
  if (unknown) return usage(`unknown option "${unknown}" for ${command}`);
  const strict = flags.includes('--strict');
  const json = flags.includes('--json');

  let result: BankResult;
  try {
    result = await loadBankFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return usage(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read: ${(error as Error).message}`);
  }
  const usable = strict ? result.bank : result.importable;
  if (json) {
    console.log(JSON.stringify(bankJson(result), null, 2));
    return usable ? 0 : 1;
  }
  printIssues(path, result.errors, 'error');
  printIssues(path, result.warnings, 'warning');
  if (!usable) {
    if (result.importable) console.error(`${path}: --strict: ${skippedCount(result.errors)} questions have problems, so nothing was taken`);
    return 1;
  }
  if (command === 'check') console.log(summary(usable, result));
  else if (command === 'export') process.stdout.write(exportBankMarkdown(usable));
  else return importCommand(usable, path, result);
  return 0;
}

/** Loaded only for import, so `check` never needs Prisma or a database. */
async function importCommand(bank: ParsedBank, path: string, result: BankResult): Promise<number> {
  const [{ openDatabase }, { importBank }] = await Promise.all([import('./open-database'), import('../store/banks')]);
  let database;
  try {
    database = await openDatabase();
  } catch (error) {
    console.error(`cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  try {
    const stored = await importBank(database.db, bank, { origin: 'cli', fileName: basename(path), images: result.images });
    const what = stored.created ? 'imported as a new version' : 'unchanged, already stored';
    const skipped = result.errors.length ? `; ${skippedCount(result.errors)} questions skipped (above)` : '';
    console.log(`${stored.title} (${stored.slug}) version ${stored.version}: ${what}; bank id ${stored.id}; ${bank.questions.length} questions${skipped}`);
    return 0;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
