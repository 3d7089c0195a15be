// A new user moves between the Tasklist and the product's pages by the navigation alone: one sign-in, every page in
// one layout, Dutch words for every code, WCAG 2.1 AA, a screenshot of each. Run by TasklistBrowserIntegrationTests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE_URL, SCREENSHOTS, api, assertAccessible, launch, loginToTasklist, signIn } from './browser.mjs';

const RAW_CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b|\b(?:INTAKE|COORDINATION|ANALYSIS|REGISTRATION|COMPLETENESS|INCOMING|OUTGOING)\b/;

let browser;

before(async () => {
  browser = await launch();
});

after(async () => browser?.close());

async function assertPage(page, name, heading) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  const text = await page.locator('main').innerText();
  const code = text.match(RAW_CODE);
  assert.equal(code, null, `${name} shows words, not codes: ${code ? text.slice(Math.max(0, code.index - 80), code.index + 40) : ''}`);
  assert.ok(await page.locator('header nav a[aria-current=page]').count() <= 1);
  await page.screenshot({ path: path.join(SCREENSHOTS, `page-${name}.png`), fullPage: true });
  await assertAccessible(page, `page-${name}`);
}

test('an officer signed in to the Tasklist reaches the request list, a case page and its audit trail by the navigation', async () => {
  const created = await api('ircamsterdam', 'POST', '/api/requests', {
    foreignReference: `StA-NAV-${Date.now()}`, requestingState: 'DE', requestingAuthority: 'Staatsanwaltschaft Köln', issuingAuthorityKind: 'PUBLIC_PROSECUTOR',
    summaryOfFacts: 'Cocaine via the port of Rotterdam', offences: 'drugshandel', offenceCategory: 'DRUG_TRAFFICKING',
    executionRegion: 'AMSTERDAM', measures: [{ description: 'Bank records', coercive: false }],
  });
  const page = await loginToTasklist(browser, 'ircamsterdam');
  const bar = page.locator('#rh-product-navigation');
  await bar.waitFor();
  assert.deepEqual(await bar.locator('a').allTextContents(), ['Takenlijst', 'Verzoeken', 'Verdragen']);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tasklist-with-product-navigation.png') });

  await bar.getByRole('link', { name: 'Verzoeken' }).click();
  await page.waitForURL(`${BASE_URL}/requests`);
  await assertPage(page, 'requests', 'Verzoeken');

  await page.getByRole('link', { name: created.reference }).click();
  await page.waitForURL(`${BASE_URL}/requests/${created.reference}`);
  await assertPage(page, 'case', new RegExp(`Inkomend rechtshulpverzoek ${created.reference} van Duitsland`));

  await page.getByRole('link', { name: 'Audittrail' }).click();
  await assertPage(page, 'audit', `Audittrail van verzoek ${created.reference}`);

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Verdragen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verdragsregister' }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'page-treaties.png') });
  await assertAccessible(page, 'page-treaties');

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Takenlijst' }).click();
  await page.getByText('Werkvoorraad van mijn groepen').first().waitFor();

  // Signing out on a page ends the Tasklist's session too.
  await page.goto(`${BASE_URL}/requests`);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.locator('input[type=password]').waitFor();
  const again = await page.goto(`${BASE_URL}/requests`);
  assert.match(page.url(), /camunda\/app\/welcome/, `signed out, the pages lead to the login (${again.status()})`);
  await page.context().close();
});

test('a coordinator reads the dashboard and an auditor searches the trail, each from the navigation', async () => {
  const coordinator = await loginToTasklist(browser, 'coordinator');
  await coordinator.locator('#rh-product-navigation').getByRole('link', { name: 'Dashboard' }).click();
  await assertPage(coordinator, 'dashboard', 'Doorlooptijden en termijnen');
  const axes = await coordinator.locator('figure.rh-chart svg text').allTextContents();
  assert.ok(axes.includes('Fase') && axes.includes('verzoeken'), `labelled axes (${axes.slice(0, 12).join(', ')})`);
  await coordinator.context().close();

  const auditor = await signIn(browser, 'auditor', { viewport: { width: 1366, height: 900 } });
  const context = auditor.context();
  await auditor.goto(`${BASE_URL}/requests`);
  const nav = auditor.getByRole('navigation', { name: 'Hoofdnavigatie' });
  assert.deepEqual(await nav.locator('a').allTextContents(), ['Verzoeken', 'Dashboard', 'Audit', 'Verdragen']);
  await nav.getByRole('link', { name: 'Audit' }).click();
  await auditor.getByLabel('Persoon (gebruikersnaam)').fill('ircamsterdam');
  await auditor.getByRole('button', { name: 'Toon' }).click();
  await auditor.waitForURL(/user=ircamsterdam/);
  await assertPage(auditor, 'audit-search', 'Audit');

  // The case page prints without navigation and forms.
  await auditor.goto(`${BASE_URL}/requests`);
  await auditor.locator('main table a').first().click();
  assert.equal(await auditor.locator('form[enctype="multipart/form-data"]').count(), 0, 'an auditor adds no documents');
  await auditor.emulateMedia({ media: 'print' });
  assert.equal(await auditor.locator('header nav').isVisible(), false, 'printed without the navigation');
  await auditor.screenshot({ path: path.join(SCREENSHOTS, 'case-print.png'), fullPage: true });
  await context.close();
});
