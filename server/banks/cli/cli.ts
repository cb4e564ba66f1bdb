// The bank CLI:
//   npm run bank -- check <file|folder|zip> [--json] [--strict]   validate, no database
//   npm run bank -- import <file|folder|zip> [--strict]           also store it
//   npm run bank -- export <file|folder|zip> [--out <x.zip|x.md>] print it as Cramjam markdown, or write it;
//                                                                 a bank with images travels as a zip (--out x.zip)
// --lettered-answer typed reads lettered lines right under a question, then
// "Answer: B", the other way: as the question's text, with B the answer to type
// (options, the default, reads them as its options); every command takes it.
// By default the good questions go in and each skipped one is printed as
// file:line: message; --strict refuses the whole file on any problem.
// Exit codes: 0 something to import (with --strict: nothing wrong), 1 nothing
// (or, with --strict, something wrong), 2 wrong usage or unreadable file.
// `check --json` always prints JSON, for a file with errors too.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exportBankMarkdown, exportBankZip, imagePath, linkedImages } from '../export';
import { countsLine, groupIssues, issueCount, skippedCount } from '../report';
import { loadBankFile } from '../load';
import { Reading } from '../readings';
import { IMAGE_URL_PREFIX } from '../images';
import type { BankResult, Issue, ParsedBank } from '../types';

const USAGE = `usage: npm run bank -- check <file|folder|zip> [--json] [--strict] [--lettered-answer options|typed]
       npm run bank -- import <file|folder|zip> [--strict] [--lettered-answer options|typed]
       npm run bank -- export <file|folder|zip> [--out <file.zip|file.md>] [--lettered-answer options|typed]`;

const FLAGS: Record<string, string[]> = {
  check: ['--json', '--strict', '--lettered-answer'],
  import: ['--strict', '--lettered-answer'],
  export: ['--out', '--lettered-answer'],
};
/** Flags followed by a value, and what the value is. */
const VALUED: Record<string, string> = { '--out': 'a file name', '--lettered-answer': '"options" or "typed"' };

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

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
    counts: result.counts ?? null,
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
    `options: ${authored} written in the file or curated, ${options.length - authored} generated`,
    ...(result.counts ? [countsLine(result.counts)] : []),
    ...(result.assumed ?? []).map(
      (assumed) => `read one way of two: ${plural(assumed.count, 'question')} like line ${assumed.lines[0]}: ${assumed.example}; --lettered-answer ${assumed.other} reads them the other way`,
    ),
    `warnings: ${result.warnings.length}`,
    ...skippedReport(result),
  ].join('\n');
}

/** "skipped: 3 questions, 4 problems", then one line per cause with its count and first line. */
function skippedReport(result: BankResult): string[] {
  if (!result.errors.length) return [];
  return [
    `skipped: ${skippedCount(result.errors)} questions, ${issueCount(result.errors)} problems`,
    ...groupIssues(result.errors).map((group) => `  ${group.count} × ${group.example.file ? `${group.example.file}:` : 'line '}${group.example.line}: ${group.example.message}`),
  ];
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const values = new Map<string, string>();
  const flags: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) files.push(arg);
    else if (VALUED[arg]) {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) return usage(`${arg} needs ${VALUED[arg]}`);
      values.set(arg, value);
      flags.push(arg);
    } else flags.push(arg);
  }
  const allowed = command ? FLAGS[command] : undefined;
  if (!allowed) return usage(command ? `unknown command "${command}"` : 'missing command');
  const [path] = files;
  if (!path || files.length > 1) return usage('expected exactly one bank file, folder or zip');
  const unknown = flags.find((flag) => !allowed.includes(flag));
  if (unknown) return usage(`unknown option "${unknown}" for ${command}`);
  const strict = flags.includes('--strict');
  const json = flags.includes('--json');
  const reading = Reading.safeParse({ letteredAnswer: values.get('--lettered-answer') });
  if (!reading.success) return usage(`--lettered-answer needs ${VALUED['--lettered-answer']}`);

  let result: BankResult;
  try {
    result = await loadBankFile(path, reading.data);
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
  else if (command === 'export') return exportCommand(usable, result, values.get('--out'));
  else return importCommand(usable, path, result);
  return 0;
}

/**
 * A zip (--out x.zip) carries the bank's images beside its markdown. Markdown alone
 * links each image at images/<sha256>.<ext> and names, on stderr, every image it
 * did not carry: the server address it was read at exists only where a bank is stored.
 */
async function exportCommand(bank: ParsedBank, result: BankResult, out: string | undefined): Promise<number> {
  const images = result.images ?? [];
  if (out?.toLowerCase().endsWith('.zip')) {
    const { zip, carried, missing } = exportBankZip(bank, images);
    for (const sha256 of missing) console.error(`warning: image ${sha256} is linked but was not read with the bank, so the zip does not hold it`);
    await writeFile(out, zip);
    console.error(`${out}: ${plural(bank.questions.length, 'question')} and ${plural(carried, 'image')}`);
    return 0;
  }
  let markdown = exportBankMarkdown(bank);
  for (const sha256 of linkedImages(markdown)) {
    const image = images.find((candidate) => candidate.sha256 === sha256);
    const path = image ? imagePath(image) : sha256;
    const lines = bank.questions.filter((question) => JSON.stringify(question).includes(sha256)).map((question) => question.line);
    console.error(`warning: image ${path} (question${lines.length === 1 ? '' : 's'} at line ${lines.join(', ')}) is not carried by markdown alone: export with --out bank.zip to embed it`);
    markdown = markdown.replaceAll(`${IMAGE_URL_PREFIX}${sha256}`, path);
  }
  if (out) await writeFile(out, markdown);
  else process.stdout.write(markdown);
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
