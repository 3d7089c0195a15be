// The Tasklist in Dutch for a Dutch browser: no English word of Camunda's chrome on the queue or the task screen, no
// code in a form, times said to be Amsterdam's. The English strings to look for come from the webapp's own en.json
// (ENGLISH_LABELS, extracted by TasklistBrowserIntegrationTests); the Dutch ones from the product's nl.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS, TASKLIST, api, assertFormAccessible, launch, loginToTasklist } from './browser.mjs';

const DUTCH = JSON.parse(fs.readFileSync(
  '../../main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/nl.json', 'utf8').replace(/^\uFEFF/, '')).labels;
const ENGLISH = JSON.parse(fs.readFileSync(process.env.ENGLISH_LABELS, 'utf8').replace(/^\uFEFF/, '')).labels;
// Chrome phrases: two words or more, no placeholder, and not the same word in Dutch.
const ENGLISH_PHRASES = Object.entries(ENGLISH)
  .filter(([key, text]) => typeof text === 'string' && !text.includes('{{') && !text.includes('<')
    && text.trim().split(/\s+/).length >= 2 && text.length <= 40 && DUTCH[key] !== text)
  .map(([, text]) => text.trim());

let browser;

before(async () => {
  browser = await launch();
});

after(async () => browser?.close());

test('an IRC officer works a request from the queue to its form without one English word', async () => {
  assert.ok(ENGLISH_PHRASES.length > 50, `enough English phrases to look for (${ENGLISH_PHRASES.length})`);
  const created = await api('ircamsterdam', 'POST', '/api/requests', {
    foreignReference: `DXB-NL-${Date.now()}`, requestingState: 'AE', requestingAuthority: 'Openbaar Ministerie Dubai',
    urgency: 'URGENT', summaryOfFacts: 'Witwassen van opbrengsten van cocaïnehandel via vastgoed',
    offences: 'witwassen', offenceCategory: 'MONEY_LAUNDERING', executionRegion: 'AMSTERDAM',
    measures: [{ description: 'Bankgegevens van twee rekeningen', coercive: true }],
  });
  const page = await dutchLogin('ircamsterdam');
  // The task opened in the queue, as the case page's link opens it (the group may hold more than one page of tasks).
  const [task] = await api('ircamsterdam', 'GET', `/engine-rest/task?processInstanceBusinessKey=${created.reference}`);
  const [queue] = await api('ircamsterdam', 'GET', `/engine-rest/filter?name=${encodeURIComponent('Werkvoorraad van mijn groepen')}`);
  await page.goto(`${TASKLIST}#/?filter=${queue.id}&task=${task.id}`);
  await page.getByRole('heading', { name: `Volledigheid controleren (${created.reference})` }).first().waitFor();
  await page.getByText(DUTCH.CLAIM_TASK, { exact: true }).first().click();
  await page.locator('.fjs-container').waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tasklist-dutch-form.png'), fullPage: true });

  const urgency = await page.locator('[id$="Field_urgency"]').locator('xpath=..').innerText();
  assert.match(urgency, /Spoed/, 'the urgency in words');
  const form = await page.locator('.fjs-container').innerText();
  assert.doesNotMatch(form, /\bURGENT\b|\bCENTRAL_AUTHORITY\b|\bDIRECT\b/, 'no code in the form');
  assertNoEnglish(await page.locator('body').innerText(), 'task screen');
  assert.match(await page.locator('body').innerText(), /Amsterdam/, 'the time zone is said on the screen');
  assert.equal(await page.locator('.create-task-action:visible').count(), 0, 'no task outside a process');
  await assertFormAccessible(page, 'tasklist-dutch-form');
});

test('an executing service reads its queue in Dutch', async () => {
  const page = await dutchLogin('politie');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tasklist-dutch-queue.png'), fullPage: true });
  assertNoEnglish(await page.locator('body').innerText(), 'queue');
});

async function dutchLogin(user) {
  const page = await loginToTasklist(browser, user, { locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await page.waitForTimeout(500); // the list and the header finish rendering
  return page;
}

function assertNoEnglish(text, where) {
  const found = ENGLISH_PHRASES.filter((phrase) => new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(text));
  assert.deepEqual(found, [], `no English chrome on the ${where}`);
}
