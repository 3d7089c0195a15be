// The case page of one request in a real browser: everything about it in one place, readable on a laptop, values
// shown as text, fast with a full case file. Run by TasklistBrowserIntegrationTests (BASE_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BASE_URL, SCREENSHOTS, api, assertAccessible, launch, signIn } from './browser.mjs';

const DOCUMENTS = 50;

let browser;

before(async () => {
  browser = await launch();
});

after(async () => browser?.close());

test('an officer reads the whole case on one page, adds the missing warrant there, and nothing typed runs', async () => {
  const created = await api('ircamsterdam', 'POST', '/api/requests', {
    direction: 'OUTGOING', requestedState: 'AE', requestingAuthority: 'Arrondissementsparket Amsterdam',
    officerOfJustice: 'mr. A. de Vries', investigation: `26Lemon-${Date.now()}`, urgency: 'URGENT',
    summaryOfFacts: '<script>window.injected = true</script> Cocaine proceeds invested in Dubai',
    offences: 'witwassen', offenceCategory: 'MONEY_LAUNDERING', policySubGoal: 'CRIMINAL_MONEY_FLOWS',
    phenomenon: 'COCAINE', requestLanguage: 'nl', analysingService: 'politie',
    measures: [{ description: 'Bank statements', coercive: true }],
    persons: [{ role: 'SUSPECT', fullName: 'J. Jansen', nationality: 'NL' }],
  });
  const reference = created.reference;
  for (let i = 1; i <= DOCUMENTS - 1; i++) {
    await upload('ircamsterdam', reference, i === 1 ? 'CERTIFIED_LEGISLATION' : 'CORRESPONDENCE', `stuk-${i}.pdf`);
  }

  const page = await signIn(browser, 'ircamsterdam', { viewport: { width: 1366, height: 768 } });
  const context = page.context();
  const started = Date.now();
  const response = await page.goto(`${BASE_URL}/requests/${reference}`);
  const loadMillis = Date.now() - started;
  console.log(`case page with ${DOCUMENTS - 1} documents loaded in ${loadMillis} ms`);
  assert.equal(response.status(), 200);
  await page.getByRole('heading', { name: new RegExp(`Uitgaand rechtshulpverzoek ${reference}`) }).waitFor();
  for (const section of ['Kerngegevens', 'Lopende termijnen', 'Open taken', 'Documenten', 'Verloop',
    'Berichten uit het buitenland en duiding', 'Vervolgacties', 'Verwante verzoeken']) {
    await page.getByRole('heading', { name: section }).waitFor();
  }
  assert.ok((await page.locator('section[aria-labelledby=feiten] dl').textContent()).includes('<script>window.injected = true</script>'), 'shown as text');
  assert.equal(await page.evaluate(() => window.injected), undefined, 'nothing typed ran');
  assert.equal(await page.locator('section[aria-labelledby=documenten] table tbody tr').count(), DOCUMENTS - 1);
  assert.match(await page.locator('section[aria-labelledby=taken] table').textContent(), /Concept aanvullen/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'case-page.png'), fullPage: false });

  await assertAccessible(page, 'case-page');

  // The drafter adds the missing warrant on the page itself.
  const warrant = path.join(SCREENSHOTS, 'bevel.pdf');
  fs.writeFileSync(warrant, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% bevel\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.locator('input[type=file]').setInputFiles(warrant);
  await page.locator('select[name=kind]').selectOption('WARRANT');
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  await page.waitForURL(/#documenten$/);
  assert.equal(await page.locator('section[aria-labelledby=documenten] table tbody tr').count(), DOCUMENTS);
  assert.match(await page.locator('section[aria-labelledby=documenten] table').textContent(), /Bevel of beschikking/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'case-page-documents.png'), fullPage: false });

  const href = await page.locator('section[aria-labelledby=documenten] table a', { hasText: 'bevel.pdf' }).getAttribute('href');
  const download = await page.request.get(`${BASE_URL}${href}`);
  assert.equal(download.status(), 200);
  assert.equal(download.headers()['content-type'], 'application/pdf');
  await context.close();
});

async function upload(user, reference, kind, name) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('language', 'nl');
  form.append('file', new Blob([`%PDF-1.4\n% ${name}\n%%EOF\n`]), name);
  const response = await fetch(`${BASE_URL}/api/requests/${reference}/documents`, {
    method: 'POST', body: form,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:demo`).toString('base64')}` },
  });
  assert.equal(response.status, 201, `upload ${name} answered ${response.status}`);
}

test('an officer sees an extradition case with its treaty deadline counting down', async () => {
  const created = await api('lirc', 'POST', '/api/requests', {
    type: 'EXTRADITION', direction: 'INCOMING', arrivedAs: 'PROVISIONAL_ARREST_ALERT',
    foreignReference: `AE-INT-${Date.now()}`, requestingState: 'AE', requestingAuthority: 'Public Prosecution Dubai',
    summaryOfFacts: 'Import of 400 kg cocaine through Jebel Ali', offences: 'drug trafficking',
    offenceCategory: 'DRUG_TRAFFICKING', purpose: 'PROSECUTION', competentIrc: 'ircAmsterdam',
    personSought: { fullName: 'J. Jansen', birthDate: '1985-04-12', nationality: 'NL' },
  });
  const reference = created.reference;
  const request = await api('ircamsterdam', 'GET', `/api/requests/${reference}`);
  const arrest = request.openTasks.find((task) => task.taskKey === 'Task_RecordProvisionalArrest');
  // Ten calendar days ago in Amsterdam, where the treaty's days are counted.
  const arrestedOn = new Date(Date.now() - 10 * 86400000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  await api('ircamsterdam', 'POST', `/engine-rest/task/${arrest.id}/complete`, { variables: {
    arrestedOn: { value: arrestedOn }, arrestPlace: { value: 'Schiphol' } } });

  const page = await signIn(browser, 'ircamsterdam', { viewport: { width: 1366, height: 768 } });
  const context = page.context();
  assert.equal((await page.goto(`${BASE_URL}/requests/${reference}`)).status(), 200);
  await page.getByRole('heading', { name: new RegExp(`Inkomend uitleveringsverzoek ${reference}`) }).waitFor();
  await page.getByRole('heading', { name: 'Uitlevering', exact: true }).waitFor();
  assert.match(await page.locator('section[aria-labelledby=uitlevering] dl').textContent(), /Formeel verzoek uiterlijk/);
  assert.match(await page.locator('section[aria-labelledby=termijnen] table').textContent(), /Termijn formeel verzoek verstreken.*50 dagen/s);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'case-page-extradition.png'), fullPage: true });
  await assertAccessible(page, 'case-page-extradition');
  await context.close();
});

test('a coordinator reads turnaround on the dashboard, grouped as chosen; other authorities may not', async () => {
  const page = await signIn(browser, 'coordinator', { viewport: { width: 1366, height: 900 } });
  const context = page.context();
  const response = await page.goto(`${BASE_URL}/dashboard?groupBy=direction`);
  assert.equal(response.status(), 200);
  await page.getByRole('heading', { name: 'Doorlooptijden en termijnen' }).waitFor();
  await page.getByRole('heading', { name: 'Per groep' }).waitFor();
  await page.getByRole('heading', { name: 'Te laat en bijna te laat' }).waitFor();
  assert.ok(await page.locator('svg[role=img]').count() >= 3, 'three charts');
  assert.match(await page.locator('section[aria-labelledby=overzicht] table').textContent(), /uitgaand/);
  await page.getByLabel('Indelen naar').selectOption('partnerState');
  await page.getByRole('button', { name: 'Toon' }).click();
  await page.waitForURL(/groupBy=partnerState/);
  assert.match(await page.locator('section[aria-labelledby=overzicht] table').textContent(), /AE/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
  await assertAccessible(page, 'dashboard');

  const other = (await signIn(browser, 'ircamsterdam')).context();
  const refused = await other.pages()[0].goto(`${BASE_URL}/dashboard`);
  assert.equal(refused.status(), 403, 'the dashboard is for coordinators');
  await other.close();
  await context.close();
});
