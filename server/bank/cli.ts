// The bank CLI: `npm run bank -- check <file> [--json]` validates a bank
// without a database; `npm run bank -- import <file>` also stores it.
// Exit codes: 0 ok, 1 the bank has errors, 2 wrong usage or unreadable file.
import { basename } from 'node:path';
import { loadBankFile } from './load';
import type { Issue, ParsedBank } from './types';

const USAGE = `usage: npm run bank -- check <file.md> [--json]
       npm run bank -- import <file.md>`;

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
function bankJson(bank: ParsedBank) {
  return {
    title: bank.title,
    sections: bank.sections,
    questions: bank.questions.map((question) => ({
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
  };
}

function summary(bank: ParsedBank, warnings: number): string {
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
    `warnings: ${warnings}`,
  ].join('\n');
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const files = rest.filter((arg) => !arg.startsWith('--'));
  if (command !== 'check' && command !== 'import') return usage(command ? `unknown command "${command}"` : 'missing command');
  const [path] = files;
  if (!path || files.length > 1) return usage('expected exactly one bank file');
  const allowed = command === 'check' ? ['--json'] : [];
  const unknown = flags.find((flag) => !allowed.includes(flag));
  if (unknown) return usage(`unknown option "${unknown}" for ${command}`);

  let result;
  try {
    result = await loadBankFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return usage(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read: ${(error as Error).message}`);
  }
  printIssues(path, result.errors, 'error');
  printIssues(path, result.warnings, 'warning');
  if (!result.bank) return 1;

  if (command === 'check') {
    console.log(flags.includes('--json') ? JSON.stringify(bankJson(result.bank), null, 2) : summary(result.bank, result.warnings.length));
    return 0;
  }
  return importCommand(result.bank, path);
}

/** Loaded only for import, so `check` never needs Prisma or a database. */
async function importCommand(bank: ParsedBank, path: string): Promise<number> {
  const [{ openDatabase }, { importBank }] = await Promise.all([import('./cli-database'), import('../store/banks')]);
  let database;
  try {
    database = await openDatabase();
  } catch (error) {
    console.error(`cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  try {
    const stored = await importBank(database.db, bank, { origin: 'cli', fileName: basename(path) });
    const what = stored.created ? 'imported as a new version' : 'unchanged, already stored';
    console.log(`${stored.title} (${stored.slug}) version ${stored.version}: ${what}; bank id ${stored.id}`);
    return 0;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
