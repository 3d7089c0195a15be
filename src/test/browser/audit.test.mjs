// The auditor's page of one request, in a real browser: readable, complete, every value shown as text, WCAG 2.1 AA.
// Run by TasklistBrowserIntegrationTests against the application it starts (BASE_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/browser-screenshots';
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const HOSTILE = '<script>window.injected = true</script><img src=x onerror="window.injected = true">';

let browser;

before(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
  });
});

after(async () => browser?.close());

test('an auditor reads a request\'s trail: who did what, when and why, with typed values shown as text', async () => {
  const created = await api('ircamsterdam', 'POST', '/api/requests', {
    foreignReference: `DXB-AUDIT-${Date.now()}`, requestingState: 'AE', requestingAuthority: 'Public Prosecution Dubai',
    summaryOfFacts: 'Proceeds of cocaine trafficking laundered through Dubai', offences: 'witwassen',
    offenceCategory: 'MONEY_LAUNDERING', executionRegion: 'AMSTERDAM', measures: [{ description: 'Bank records', coercive: true }],
  });
  const reference = created.reference;
  const request = await api('coordinator', 'GET', `/api/requests/${reference}`);
  await api('ircamsterdam', 'POST', `/engine-rest/task/${request.openTasks[0].id}/complete`, {
    variables: { requestComplete: { value: 'false' }, missingItems: { value: HOSTILE } },
  });

  const context = await browser.newContext({ viewport: { width: 1366, height: 900 },
    httpCredentials: { username: 'auditor', password: 'demo' } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/audit/requests/${reference}`);
  await page.getByRole('heading', { name: `Audittrail van verzoek ${reference}` }).waitFor();

  const actions = await page.locator('tbody tr td:nth-child(5)').allTextContents();
  for (const action of ['REQUEST_REGISTERED', 'PROCESS_STARTED', 'TASK_CREATED', 'DECISION', 'TASK_COMPLETED', 'CLOCK_CHANGED']) {
    assert.ok(actions.some((text) => text.includes(action)), `${action} on the page (${actions.join(', ')})`);
  }
  const decision = page.locator('tbody tr', { hasText: 'DECISION' }).first();
  assert.match(await decision.textContent(), /ircamsterdam/);
  assert.ok((await decision.textContent()).includes('<script>window.injected = true</script>'), 'shown as text');
  assert.equal(await page.evaluate(() => window.injected), undefined, 'nothing the user typed ran');
  assert.match(await page.locator('tbody tr').first().textContent(), /UTC/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-page.png'), fullPage: true });

  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  fs.writeFileSync(path.join(SCREENSHOTS, 'axe-audit-page.json'), JSON.stringify(results.violations, null, 2));
  assert.deepEqual(results.violations.map((violation) => violation.id), [], 'the audit page meets WCAG 2.1 AA');

  const other = await browser.newContext({ httpCredentials: { username: 'ircrotterdam', password: 'demo' } });
  const refused = await (await other.newPage()).goto(`${BASE_URL}/audit/requests/${reference}`);
  assert.equal(refused.status(), 404, 'another authority does not learn the request exists');
  await other.close();
  await context.close();
});

async function api(user, method, urlPath, body) {
  const response = await fetch(`${BASE_URL}${urlPath}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:demo`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${urlPath} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}
