// What the browser tests share: Debian's chromium, calls to the API as a demo user, and axe-core's WCAG check.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
export const SCREENSHOTS = process.env.SCREENSHOTS ?? 'target/browser-screenshots';
export const TASKLIST = `${BASE_URL}/camunda/app/tasklist/default/`;
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export async function api(user, method, urlPath, body) {
  const response = await fetch(`${BASE_URL}${urlPath}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:demo`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${urlPath} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

/** axe-core, WCAG 2.1 A and AA, on the whole page: the product's own pages must have no violations. */
export async function assertAccessible(page, name) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  fs.writeFileSync(path.join(SCREENSHOTS, `axe-${name}.json`), JSON.stringify(results.violations, null, 2));
  assert.deepEqual(results.violations.map((violation) => violation.id), [], `${name} meets WCAG 2.1 AA`);
}

/**
 * axe-core on a Tasklist page, judged on the product's form only: Camunda's own chrome has known findings (README,
 * Known limits) that the product cannot change without changing Camunda's markup.
 */
export async function assertFormAccessible(page, name) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  fs.writeFileSync(path.join(SCREENSHOTS, `axe-${name}.json`), JSON.stringify(results.violations, null, 2));
  const inForm = results.violations.flatMap((violation) => violation.nodes
    .filter((node) => node.target.join(' ').includes('fjs'))
    .map((node) => `${violation.id}: ${node.target.join(' ')}`));
  assert.deepEqual(inForm, [], `${name}: the form meets WCAG 2.1 AA`);
}

/**
 * Logs in to the Tasklist in a new browser context (options: locale, timezoneId) and waits for the filters. Late in a
 * full test run the first page can take long; a user who sees no list reloads and logs in again, so does this.
 */
export async function loginToTasklist(browser, user, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(TASKLIST);
      const loginForm = await page.locator('input[type=password]').waitFor({ timeout: 10000 }).then(() => true, () => false);
      if (loginForm) {
        await page.fill('input[type=text]', user);
        await page.fill('input[type=password]', 'demo');
        await page.click('button[type=submit]');
      }
      await page.getByText('Werkvoorraad van mijn groepen').first().waitFor();
      return page;
    } catch (error) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `login-${user}-attempt-${attempt}.png`), fullPage: true });
      if (attempt === 2) {
        throw error;
      }
    }
  }
}

/**
 * Signs in through the webapps' start page, as a person does, in a new browser context; the product's pages share
 * that session. Answers the page, on the start page.
 */
export async function signIn(browser, user, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/camunda/app/welcome/default/`);
  await page.locator('input[type=password]').first().waitFor();
  await page.fill('input[type=text]', user);
  await page.fill('input[type=password]', 'demo');
  await page.click('button[type=submit]');
  // Signed in, the start page lists the product's pages.
  await page.getByRole('link', { name: 'Verdragen' }).first().waitFor();
  return page;
}
