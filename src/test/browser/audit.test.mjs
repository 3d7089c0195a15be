// The auditor's page of one request, in a real browser: readable, complete, every value shown as text, WCAG 2.1 AA.
// Run by TasklistBrowserIntegrationTests against the application it starts (BASE_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE_URL, SCREENSHOTS, api, assertAccessible, launch } from './browser.mjs';

const HOSTILE = '<script>window.injected = true</script><img src=x onerror="window.injected = true">';

let browser;

before(async () => {
  browser = await launch();
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

  await assertAccessible(page, 'audit-page');

  const other = await browser.newContext({ httpCredentials: { username: 'ircrotterdam', password: 'demo' } });
  const refused = await (await other.newPage()).goto(`${BASE_URL}/audit/requests/${reference}`);
  assert.equal(refused.status(), 404, 'another authority does not learn the request exists');
  await other.close();
  await context.close();
});
