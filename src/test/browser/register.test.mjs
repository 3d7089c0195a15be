// The treaty register's page for lawyers, in a real browser: every state with its basis, every unconfirmed fact with
// its file and line, WCAG 2.1 AA. Run by TasklistBrowserIntegrationTests against the application it starts (BASE_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE_URL, SCREENSHOTS, assertAccessible, launch, signIn } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => browser?.close());

test('a lawyer reads the basis per state and the facts still to check', async () => {
  const page = await signIn(browser, 'coordinator', { viewport: { width: 1366, height: 900 } });
  const context = page.context();
  await page.goto(`${BASE_URL}/reference/states`);
  await page.getByRole('heading', { name: 'Verdragsregister' }).waitFor();

  const switzerland = page.getByRole('row', { name: /Zwitserland \(CH\)/ });
  assert.match(await switzerland.textContent(), /ETS 024/);
  const taiwan = page.getByRole('row', { name: /Taiwan \(TW\)/ });
  assert.match(await taiwan.textContent(), /beoordeling door AIRS/);
  const emirates = page.getByRole('row', { name: /Verenigde Arabische Emiraten \(AE\)/ });
  assert.match(await emirates.textContent(), /geen doodstraf, geen lijfstraffen/);

  await page.getByRole('heading', { name: 'Onbevestigde feiten' }).waitFor();
  const unconfirmed = await page.locator('section[aria-labelledby=onbevestigd] table tbody tr').count();
  assert.ok(unconfirmed > 0, 'unconfirmed facts are listed');
  assert.match(await page.locator('section[aria-labelledby=onbevestigd] table tbody tr').first().textContent(), /\.csv\s*\d+/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'treaty-register.png') });

  await assertAccessible(page, 'treaty-register');
  await context.close();
});
