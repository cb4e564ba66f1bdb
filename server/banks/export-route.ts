// GET /api/banks/<id>/export: a stored bank version as Cramjam markdown, so a
// group can edit an imported bank (from GIFT, CSV, a zip...) as one file and upload it again.
import { z } from 'zod';
import { exportBankMarkdown } from './export';
import { getBankWithQuestions } from './store/banks';
import type { Db } from '../store/db';
import { caseStudyOf, questionType } from '../store/question-rows';

const BankId = z.uuid();

export async function exportBankResponse(db: Db, id: string): Promise<Response> {
  const bank = BankId.safeParse(id).success ? await getBankWithQuestions(db, id) : null;
  if (!bank) return Response.json({ error: 'There is no bank with this id.' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const markdown = exportBankMarkdown({
    title: bank.title,
    description: bank.description,
    questions: bank.questions.map(({ type, caseTitle, caseScenario, ...question }) => ({
      ...question,
      type: questionType(type),
      caseStudy: caseStudyOf({ caseTitle, caseScenario }),
      options: question.options.map(({ text, correct, authored, match }) => ({ text, correct, authored, ...(match === null ? {} : { match }) })),
      links: question.links.map(({ title, url }) => ({ title, url })),
    })),
  });
  const fileName = `${bank.slug}-v${bank.version}.md`;
  return new Response(markdown, {
    headers: {
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}
