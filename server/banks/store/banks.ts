import { createHash, randomUUID } from 'node:crypto';
import type { ParsedBank } from '../types';
import type { Db } from '../../store/db';
import type { BankImage } from '../images';
import { carryKeys } from '../question-keys';
import { saveBankImages } from './images';
import { previousVersionKeys } from './question-keys';

// Banks are versioned, never edited: importing changed content adds a version,
// so games that already ran keep pointing at the exact questions they used.

export interface ImportedBank {
  id: string;
  slug: string;
  version: number;
  title: string;
  /** false when this exact content was already stored, and nothing was written */
  created: boolean;
}

export interface BankSummary {
  id: string;
  slug: string;
  version: number;
  title: string;
  description: string;
  sourceName: string;
  createdAt: Date;
  questionCount: number;
  /** in bank order, with how many questions each holds */
  sections: { name: string; count: number }[];
  /** shipped with Cramjam in content/, as opposed to uploaded */
  shipped: boolean;
}

export type BankWithQuestions = NonNullable<Awaited<ReturnType<typeof getBankWithQuestions>>>;

/**
 * "Sample Questions" -> "sample-questions", "機械学習の問題" -> "機械学習の問題":
 * the letters, marks and digits of any script, lower-cased (NFKC), with every
 * other run of characters one "-". "" when no letter or digit is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest slug part kept as written; a longer one is cut and tagged with a hash of the whole. */
const MAX_SLUG_PART = 60;

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * One part of a bank's identity as a slug: the slug of `text`, or, when that is
 * too long or empty (a title of emoji), a form that still tells texts apart.
 * Never holds "--", so parts joined with "--" can't run into each other.
 */
function slugPart(text: string): string {
  const slug = slugify(text);
  const chars = Array.from(slug);
  if (chars.length > MAX_SLUG_PART) return `${chars.slice(0, MAX_SLUG_PART).join('').replace(/-+$/, '')}-${shortHash(slug)}`;
  return slug || shortHash(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

const fileStem = (fileName: string) => fileName.replace(/\.[^.]*$/, '');

/**
 * A bank's identity: where it came from, its file's name and its title, so an
 * edited file is the same bank and two files titled alike are not.
 * ("upload", "week1.md", "Week 1") -> "upload-week1--week-1".
 */
export function bankSlug(origin: BankOrigin, fileName: string, title: string): string {
  return `${origin}-${slugPart(fileStem(fileName))}--${slugPart(title)}`;
}

/**
 * Hash of everything stored for a bank, so "unchanged" means exactly "would
 * write the same rows" (it covers curated options, which live outside the file).
 */
export function bankContentHash(bank: ParsedBank): string {
  const { title, description } = bank;
  // A plain choice hashes as it did before question types existed, so an unchanged bank stays one version.
  const questions = bank.questions.map(({ type, caseStudy, ...question }) => ({ ...question, ...(type === 'choice' ? {} : { type }), ...(caseStudy ? { caseStudy } : {}) }));
  return createHash('sha256').update(JSON.stringify({ title, description, questions })).digest('hex');
}

/** Where a bank came from. Banks of different origins never become versions of each other. */
export type BankOrigin = 'content' | 'upload' | 'cli';

/**
 * Stores a parsed bank in one transaction. A bank is identified by its origin,
 * file name and title (bankSlug): the same content again returns the stored
 * bank untouched, changed content becomes the next version. So an edited file
 * is the next version, two different files titled alike are two banks, and an
 * upload titled like a shipped bank is a bank of its own that cannot replace it.
 */
export async function importBank(
  db: Db,
  bank: ParsedBank,
  { origin, fileName, images = [] }: { origin: BankOrigin; fileName: string; /** the images its questions link */ images?: BankImage[] },
): Promise<ImportedBank> {
  const sourceName = `${origin}/${fileName}`;
  const slug = bankSlug(origin, fileName, bank.title);
  const contentHash = bankContentHash(bank);
  return db.$transaction(async (tx) => {
    // Serializes imports of one slug, so two at once can't both take the same next version.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${slug}))`;
    const existing = await tx.bank.findUnique({ where: { slug_contentHash: { slug, contentHash } } });
    if (existing) return { id: existing.id, slug, version: existing.version, title: existing.title, created: false };
    const latest = await tx.bank.findFirst({ where: { slug }, orderBy: { version: 'desc' }, select: { version: true } });

    const version = (latest?.version ?? 0) + 1;
    const keys = carryKeys(latest ? await previousVersionKeys(tx, slug, latest.version) : [], bank.questions, randomUUID);
    await saveBankImages(tx, images);
    const created = await tx.bank.create({
      data: { slug, version, title: bank.title, description: bank.description, sourceName, contentHash },
    });
    // Ids made here let three createMany calls store the whole bank.
    const questions = bank.questions.map((question) => ({ id: randomUUID(), question }));
    await tx.question.createMany({
      data: questions.map(({ id, question }, position) => ({
        id,
        bankId: created.id,
        position,
        type: question.type,
        section: question.section,
        caseTitle: question.caseStudy?.title ?? null,
        caseScenario: question.caseStudy?.scenario ?? null,
        stem: question.stem,
        select: question.select,
        explanation: question.explanation,
        whyNot: question.whyNot,
        line: question.line,
        key: keys[position]!,
      })),
    });
    await tx.option.createMany({
      data: questions.flatMap(({ id, question }) =>
        question.options.map(({ note, ...option }, position) => ({ questionId: id, position, ...option, note: note ?? null })),
      ),
    });
    await tx.link.createMany({
      data: questions.flatMap(({ id, question }) =>
        question.links.map((link, position) => ({ questionId: id, position, title: link.title, url: link.url })),
      ),
    });
    return { id: created.id, slug, version, title: created.title, created: true };
    // Prisma's 5 s default is too short for a 5,000-question bank on a busy machine; the size caps bound it.
  }, { timeout: 60_000 });
}

/** The latest version of every bank: shipped banks first, then by title. */
export async function listBanks(db: Db): Promise<BankSummary[]> {
  const banks = await db.bank.findMany({
    distinct: ['slug'],
    orderBy: [{ slug: 'asc' }, { version: 'desc' }],
    include: { questions: { select: { section: true }, orderBy: { position: 'asc' } } },
  });
  return banks
    .map(({ questions, contentHash: _hash, ...bank }) => {
      const counts = new Map<string, number>();
      for (const q of questions) counts.set(q.section, (counts.get(q.section) ?? 0) + 1);
      return {
        ...bank,
        questionCount: questions.length,
        sections: [...counts].map(([name, count]) => ({ name, count })),
        shipped: bank.sourceName.startsWith('content/'),
      };
    })
    .sort((a, b) => Number(b.shipped) - Number(a.shipped) || a.title.localeCompare(b.title));
}

/** One bank version with its questions, options and links in bank order; null when unknown. */
export async function getBankWithQuestions(db: Db, id: string) {
  return db.bank.findUnique({
    where: { id },
    include: {
      questions: {
        orderBy: { position: 'asc' },
        include: { options: { orderBy: { position: 'asc' } }, links: { orderBy: { position: 'asc' } } },
      },
    },
  });
}
