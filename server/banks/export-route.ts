// GET /api/banks/<id>/export: a stored bank version as Cramjam markdown, so a
// group can edit an imported bank (from GIFT, CSV, a zip...) as one file and upload it again.
// A bank whose questions show images downloads as a zip of the markdown and those
// images (exportBankZip), which reads back anywhere: markdown alone would link them
// at this server's addresses, dead wherever the file goes.
import { z } from 'zod';
import { exportBankMarkdown, exportBankZip, linkedImages } from './export';
import { getBankWithQuestions } from './store/banks';
import { getBankImage } from './store/images';
import type { Db } from '../store/db';
import { caseStudyOf, questionType } from '../store/question-rows';

const BankId = z.uuid();

/** A download of `fileName`: its name as the browser saves it, whatever its letters. */
function download(body: string | Uint8Array<ArrayBuffer>, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    },
  });
}

export async function exportBankResponse(db: Db, id: string): Promise<Response> {
  const stored = BankId.safeParse(id).success ? await getBankWithQuestions(db, id) : null;
  if (!stored) return Response.json({ error: 'There is no bank with this id.' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const bank = {
    title: stored.title,
    description: stored.description,
    questions: stored.questions.map(({ type, caseTitle, caseScenario, ...question }) => ({
      ...question,
      type: questionType(type),
      caseStudy: caseStudyOf({ caseTitle, caseScenario }),
      options: question.options.map(({ text, correct, authored, match, note }) => ({ text, correct, authored, ...(match === null ? {} : { match }), ...(note === null ? {} : { note }) })),
      links: question.links.map(({ title, url }) => ({ title, url })),
    })),
  };
  const name = `${stored.slug}-v${stored.version}`;
  const markdown = exportBankMarkdown(bank);
  const linked = linkedImages(markdown);
  if (linked.length === 0) return download(markdown, `${name}.md`, 'text/markdown; charset=utf-8');
  // One at a time: each is read in slices so a game on this server never waits (getBankImage).
  const images = [];
  for (const sha256 of linked) {
    const image = await getBankImage(db, sha256);
    // Images are never deleted; should one be gone, its link stays as it was.
    if (image) images.push({ sha256, ...image });
  }
  return download(Uint8Array.from(exportBankZip(bank, images).zip), `${name}.zip`, 'application/zip');
}
