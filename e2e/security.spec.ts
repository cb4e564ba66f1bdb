import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { aWrongAnswer, rightAnswers, seedQuestions } from './support/seed-bank';
import { answer, joinFromPhone } from './support/players';

// Every page under the real Content-Security-Policy, with no violation in the
// console; the other security headers; cross-site posts and bad addresses (issue 8, items 6 and 7).

/** Collects every CSP violation any page of this context reports. */
async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname}`);
    });
  });
  context.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

test('every page works under the CSP with no violation, a game played through', async ({ browser }) => {
  const hostContext = await browser.newContext();
  const violations = await watchCsp(hostContext);
  const host: Page = await hostContext.newPage();
  const [q1] = await seedQuestions();

  const home = await host.goto('/');
  const headers = home!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
  expect(headers['permissions-policy']).toContain('camera=()');
  await expect(host.getByRole('link', { name: 'Host a game' })).toBeVisible();

  await host.goto('/banks/new');
  await host.getByLabel('Question bank file').setInputFiles({ name: 'csp.md', mimeType: 'text/markdown', buffer: await readFile('content/aws-ml-engineer-sample-questions.md') });
  await expect(host.getByText('Preview ready.')).toBeVisible();

  await host.goto('/host');
  await host.getByLabel('Questions', { exact: true }).fill('1');
  await host.getByRole('button', { name: 'Create room' }).click();
  const code = (await host.getByLabel('Room code', { exact: true }).textContent())!.trim();
  const phone = await joinFromPhone(browser, code, 'Ada', 'Pixel 7');
  const phoneViolations = await watchCsp(phone.context);
  await phone.page.reload(); // from here on watched too
  await expect(phone.page.getByText("You're in!")).toBeVisible();
  await host.getByRole('button', { name: 'Start game' }).click();
  await answer(phone, [aWrongAnswer(q1!), ...rightAnswers(q1!)].slice(0, q1!.select)); // a miss, to practise
  await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await host.getByRole('button', { name: 'Show podium' }).click();
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  await host.getByRole('link', { name: 'View results' }).click();
  await expect(host.getByRole('table', { name: /Standings/ })).toBeVisible();
  await phone.page.getByRole('link', { name: 'My answers' }).click();
  await expect(phone.page.getByRole('region', { name: /Explanation, question 1/ })).toBeVisible();
  await phone.page.getByRole('link', { name: 'Practice my misses' }).click();
  await expect(phone.page.getByText('1 of 1', { exact: true })).toBeVisible();
  await host.goto('/host/games');
  await expect(host.getByRole('link', { name: 'View results' }).first()).toBeVisible();
  await host.goto('/results/AAAAAAAAAAAAAAAAAAAAAA'); // not found, also under the policy

  expect(violations).toEqual([]);
  expect(phoneViolations).toEqual([]);
  await phone.context.close();
  await hostContext.close();
});

test('another site cannot post to any route, bodies are capped, and an undecodable address is a 400', async ({ request, baseURL }) => {
  const multipart = { file: { name: 'x.md', mimeType: 'text/markdown', buffer: Buffer.from('# x') } };
  for (const path of ['/api/banks/preview', '/api/banks']) {
    const crossSite = await request.post(path, { multipart, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.json()).toEqual({ error: 'Requests from other sites are refused.' });
  }
  const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
  expect((await request.post('/api/hosted', { data: { deviceId: 'abcdefgh' }, headers: evil })).status()).toBe(403);
  expect((await request.post('/api/games/AAAAAAAAAAAAAAAAAAAAAA/review', { data: { playerToken: 'x'.repeat(32) }, headers: evil })).status()).toBe(403);
  const sameSite = await request.post('/api/banks/preview', { multipart, headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin' } });
  expect(sameSite.status()).not.toBe(403);
  const huge = await request.post('/api/hosted', { data: { deviceId: 'x'.repeat(10_000) } });
  expect(huge.status()).toBe(413);
  expect((await request.get('/results/%zz')).status()).toBe(400);
});

test('the host kicks all who joined in the last minute, and bans a nickname pattern, from the lobby', async ({ browser, page: host }) => {
  await host.goto('/host');
  await host.getByRole('button', { name: 'Create room' }).click();
  const code = (await host.getByLabel('Room code', { exact: true }).textContent())!.trim();
  const bot = await joinFromPhone(browser, code, 'Bot', 'Pixel 7');
  await expect(host.getByRole('list', { name: 'Players' }).getByRole('listitem')).toHaveCount(1);
  await host.getByRole('button', { name: 'Moderation' }).click();
  await host.getByRole('button', { name: 'Kick all who joined in the last minute' }).click();
  await expect(host.getByRole('status').filter({ hasText: 'Removed 1 player.' })).toBeVisible();
  await host.getByRole('button', { name: 'Close' }).click();
  await expect(host.getByText('Waiting for players…')).toBeVisible();
  await expect(bot.page.getByText(/removed you/i)).toBeVisible();
  await bot.context.close();

  const spammer = await joinFromPhone(browser, code, 'spam1', 'Pixel 7');
  await host.getByRole('button', { name: 'Moderation' }).click();
  await host.getByLabel('Ban nicknames containing').fill('spam');
  await host.getByRole('button', { name: 'Ban', exact: true }).click();
  await expect(host.getByRole('status').filter({ hasText: 'Removed 1 player.' })).toBeVisible();
  await expect(spammer.page.getByText(/removed you/i)).toBeVisible();
  await spammer.context.close();
});
