// Tasklist in a real browser: each authority sees and works only its own requests; auditors only read.
// Run by TasklistBrowserIntegrationTests against the application it starts (BASE_URL); screenshots and
// accessibility reports go to SCREENSHOTS (target/browser-screenshots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { assertFormAccessible, loginToTasklist, TASKLIST } from './browser.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/browser-screenshots';

let browser;
let uaeRequest;

before(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  uaeRequest = await registerUaeRequest();
});

after(async () => browser?.close());

test('an IRC Amsterdam officer claims the UAE request, fixes the refused values and completes the task', async () => {
  const page = await login('ircamsterdam');
  // The queue with the task opened, as a link from the case page opens it: after a full test run the group holds
  // more tasks than one page of the list shows.
  const [task] = await api('ircamsterdam', 'GET', `/engine-rest/task?processInstanceBusinessKey=${uaeRequest.reference}`);
  await openQueue(page, 'ircamsterdam', task.id);
  await page.getByRole('heading', { name: `Volledigheid controleren (${uaeRequest.reference})` }).first().waitFor();
  await page.getByText('Claim', { exact: true }).click();
  await page.locator('.fjs-container').waitFor();
  assert.equal(await page.getByLabel('Verzoekende staat', { exact: true }).inputValue(), 'Verenigde Arabische Emiraten');
  assert.equal(await page.getByLabel('Kenmerk', { exact: true }).inputValue(), uaeRequest.reference);
  await snap(page, '1-form-claimed');
  await checkAccessibility(page, '1-form');

  // The browser refuses an empty required choice.
  await complete(page);
  await page.locator('.fjs-form-field-error, .fjs-has-errors').first().waitFor();
  await snap(page, '2-browser-validation');

  // The server refuses an incomplete request without the missing items, and says which field.
  await page.getByText('Nee', { exact: true }).click();
  await complete(page);
  await page.getByText(/Wat ontbreekt.*: verplicht/).first().waitFor();
  await snap(page, '3-server-validation');

  await page.getByText('Ja', { exact: true }).click();
  await complete(page);
  await page.getByText(/Select a task in the list|No task matching/).first().waitFor();
  await snap(page, '4-completed');

  const request = await api('coordinator', 'GET', `/api/requests/${uaeRequest.reference}`);
  assert.equal(request.phase, 'COORDINATION');
  assert.equal(request.openTasks[0].taskKey, 'Task_AssessAsCentralAuthority');
  assert.deepEqual(request.openTasks[0].candidateGroups, ['airs']);
  await page.context().close();
});

test('an IRC Rotterdam officer cannot see the Amsterdam request or its task', async () => {
  const other = await registerUaeRequest();
  const page = await login('ircrotterdam');
  await openQueue(page, 'ircrotterdam');
  await page.waitForTimeout(1500);
  assert.equal(await page.getByText(other.reference).count(), 0);
  await page.goto(`${TASKLIST}#/?task=${other.taskId}`);
  await page.waitForTimeout(2500);
  assert.equal(await page.locator('.fjs-container').count(), 0, 'no form of another authority');
  assert.equal(await page.getByText('Claim', { exact: true }).count(), 0);
  await snap(page, '5-rotterdam-sees-nothing');
  await page.context().close();
});

test('an auditor opens the task and its history but cannot claim it', async () => {
  const request = await registerUaeRequest();
  const page = await login('auditor');
  await page.goto(`${TASKLIST}#/?task=${request.taskId}`);
  await page.getByText(`Volledigheid controleren (${request.reference})`).first().waitFor();
  await page.getByText('History', { exact: true }).click();
  await snap(page, '6-auditor-history');
  await page.getByText('Claim', { exact: true }).click();
  await page.getByText(/does not have one of the following permissions/).first().waitFor();
  await snap(page, '7-auditor-claim-refused');
  const after = await api('coordinator', 'GET', `/api/requests/${request.reference}`);
  assert.equal(after.openTasks[0].assignee, null, 'the auditor could not claim the task');
  await page.context().close();
});

test('a start form in the Tasklist registers a new request through the intake', async () => {
  const foreignReference = `FGN-${Date.now()}`;
  const page = await login('ircrotterdam');
  await page.getByText('Start process').click();
  await page.locator('.modal').getByText('Inkomend rechtshulpverzoek').click();
  await page.locator('.fjs-container').waitFor();
  await checkAccessibility(page, '8-start-form');
  await page.getByLabel('Kenmerk van de verzoekende autoriteit').fill(foreignReference);
  await page.getByLabel(/Verzoekende staat/).fill('CO');
  await page.getByLabel(/^Verzoekende autoriteit/).fill('Fiscalía General de la Nación');
  await choose(page, 'receivingAuthority', 'IRC Rotterdam');
  await page.getByLabel('Samenvatting van de feiten').fill('Cocaïne in een container via de haven van Rotterdam');
  await page.getByLabel('Strafbare feiten').fill('Opiumwet art. 2');
  await choose(page, 'offenceCategory', 'Drugshandel');
  await choose(page, 'executionRegion', 'Rotterdam');
  await page.getByLabel('Gevraagde maatregel(en)').fill('Verhoor van een getuige');
  await snap(page, '8-start-form-filled');
  await page.getByRole('button', { name: 'Start' }).last().click();
  await page.waitForTimeout(2500);
  await snap(page, '9-started');

  const list = await api('ircrotterdam', 'GET', '/api/requests?state=CO&size=200');
  const registered = list.items.find((item) => item.foreignReference === foreignReference);
  assert.ok(registered, 'the request is in the register');
  const request = await api('ircrotterdam', 'GET', `/api/requests/${registered.reference}`);
  assert.equal(request.openTasks[0].taskKey, 'Task_CheckCompleteness');
  assert.deepEqual(request.openTasks[0].candidateGroups, ['ircRotterdam']);
  await page.context().close();
});

test('the LIRC registers an extradition alert in the Tasklist start form; the competent IRC records the arrest', async () => {
  const foreignReference = `CH-BJ-${Date.now()}`;
  const page = await login('lirc');
  await page.getByText('Start process').click();
  await page.locator('.modal').getByText('Inkomend uitleveringsverzoek').click();
  await page.locator('.fjs-container').waitFor();
  await checkAccessibility(page, '10-extradition-start-form');
  await page.getByLabel('signalering voor voorlopige aanhouding').check();
  await page.getByLabel('Kenmerk van de verzoekende autoriteit').fill(foreignReference);
  await page.getByLabel(/Verzoekende staat/).fill('CH');
  await page.getByLabel(/^Verzoekende autoriteit/).fill('Bundesamt für Justiz');
  await choose(page, 'competentIrc', 'IRC Amsterdam');
  await page.getByLabel('Samenvatting van de feiten').fill('Fraude via Zwitserse brievenbusvennootschappen');
  await page.getByLabel('Strafbare feiten').fill('oplichting');
  await choose(page, 'offenceCategory', 'fiscale fraude');
  await page.getByLabel('strafvervolging').check();
  await page.getByLabel('Naam van de opgeëiste persoon').fill('P. Meier');
  await page.getByLabel(/^Nationaliteit/).fill('CH');
  await snap(page, '10-extradition-start-form-filled');
  await page.getByRole('button', { name: 'Start' }).last().click();
  await page.waitForTimeout(2500);

  const list = await api('lirc', 'GET', '/api/requests?state=CH&size=200');
  const registered = list.items.find((item) => item.foreignReference === foreignReference);
  assert.ok(registered, 'the alert is in the register');
  const request = await api('lirc', 'GET', `/api/requests/${registered.reference}`);
  assert.equal(request.type, 'EXTRADITION');
  assert.equal(request.openTasks[0].taskKey, 'Task_RecordProvisionalArrest');
  assert.deepEqual(request.openTasks[0].candidateGroups, ['ircAmsterdam']);
  await page.context().close();
});

async function login(user) {
  const page = await loginToTasklist(browser, user);
  assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0, 'no migration banner');
  return page;
}

/** The user's group queue, newest first, as a user would sort it to find what just came in. */
async function openQueue(page, user, taskId) {
  const [queue] = await api(user, 'GET', `/engine-rest/filter?name=${encodeURIComponent('Werkvoorraad van mijn groepen')}`);
  const sorting = encodeURIComponent(JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]));
  await page.goto(`${TASKLIST}#/?filter=${queue.id}&sorting=${sorting}${taskId ? `&task=${taskId}` : ''}`);
}

async function complete(page) {
  // Earlier notifications sit over the form's buttons; a user closes them first, so does the test.
  for (const close of await page.locator('.page-notifications .close').all()) {
    await close.click({ timeout: 1000 }).catch(() => {}); // it may have faded out already
  }
  await page.getByRole('button', { name: 'Complete' }).click();
}

/** form-js selects hide their input; open the list by clicking the field around it. */
async function choose(page, key, option) {
  await page.locator(`[id$="Field_${key}"]`).locator('xpath=..').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

async function snap(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe-core, WCAG 2.1 A and AA, on the page; the product's own part (the form) must have no violations. */
async function checkAccessibility(page, name) {
  await assertFormAccessible(page, name);
}

async function registerUaeRequest() {
  const created = await api('ircamsterdam', 'POST', '/api/requests', {
    foreignReference: `DXB-PP-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    requestingState: 'AE', requestingAuthority: 'Public Prosecution Dubai', urgency: 'URGENT',
    requestedDeadline: '2027-01-31', summaryOfFacts: 'Proceeds of cocaine trafficking laundered through Dubai',
    offences: 'witwassen', offenceCategory: 'MONEY_LAUNDERING', executionRegion: 'AMSTERDAM',
    measures: [{ description: 'Bank records', coercive: true }],
  });
  const request = await api('coordinator', 'GET', `/api/requests/${created.reference}`);
  return { reference: created.reference, taskId: request.openTasks[0].id };
}

async function api(user, method, urlPath, body) {
  const response = await fetch(`${BASE_URL}${urlPath}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:demo`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${urlPath} answered ${response.status}`);
  return response.json();
}
