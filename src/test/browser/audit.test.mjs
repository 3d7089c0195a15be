// The auditor's page of one request, in a real browser: readable, complete, every value shown as text, WCAG 2.1 AA.
// Run by TasklistBrowserIntegrationTests against the application it starts (BASE_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE_URL, SCREENSHOTS, api, assertAccessible, launch, signIn } from './browser.mjs';

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

  const page = await signIn(browser, 'auditor', { viewport: { width: 1366, height: 900 } });
  const context = page.context();
  await page.goto(`${BASE_URL}/audit/requests/${reference}`);
  await page.getByRole('heading', { name: `Audittrail van verzoek ${reference}` }).waitFor();

  const whoDidWhat = page.locator('section[aria-labelledby=handelingen] tbody tr');
  const actions = await page.locator('section[aria-labelledby=handelingen] tbody tr td:nth-child(4)').allTextContents();
  for (const action of ['Verzoek geregistreerd', 'Proces gestart', 'Taak aangemaakt', 'Beslissing', 'Taak afgerond', 'Klok gewijzigd']) {
    assert.ok(actions.some((text) => text.includes(action)), `${action} on the page (${actions.join(', ')})`);
  }
  assert.ok(!actions.some((text) => /[A-Z]+_[A-Z]+/.test(text)), 'no action shown as its code');
  const decision = whoDidWhat.filter({ hasText: 'Beslissing' }).first();
  assert.match(await decision.textContent(), /ircamsterdam/);
  assert.ok((await decision.textContent()).includes('<script>window.injected = true</script>'), 'shown as text');
  assert.equal(await page.evaluate(() => window.injected), undefined, 'nothing the user typed ran');
  assert.match(await whoDidWhat.first().textContent(), /UTC/);
  // The engine's own variables are folded away until asked for.
  const engine = page.locator('details.rh-engine');
  assert.equal(await engine.getAttribute('open'), null);
  assert.equal(await engine.locator('tbody tr').first().isVisible(), false);
  await engine.locator('summary').click();
  assert.equal(await engine.locator('tbody tr').first().isVisible(), true);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-page.png'), fullPage: true });

  await assertAccessible(page, 'audit-page');

  const other = (await signIn(browser, 'ircrotterdam')).context();
  const refused = await other.pages()[0].goto(`${BASE_URL}/audit/requests/${reference}`);
  assert.equal(refused.status(), 404, 'another authority does not learn the request exists');
  await other.close();
  await context.close();
});
