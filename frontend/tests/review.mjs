// Drives the review app in headless Chromium, as a reviewer would:
//   node tests/review.mjs <app base URL> <screenshot dir> <username> <password> <text to search for>
// Signs in, filters by the text, opens the one conversation found, expands a tool call, labels the conversation
// with a note, exports the filtered set and checks the downloaded JSONL, then opens the dashboard.
// Exits non-zero with the reason on any failure; on success prints one JSON line {conversationId, exportLines}.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [base, shots, username, password, text] = process.argv.slice(2);
if (!text) {
  console.error('usage: node tests/review.mjs <base URL> <screenshot dir> <username> <password> <text>');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });
const browser = await launch({ width: 1360, height: 900 });
const { context } = browser;
const WAIT = { timeout: 20000 };
const shot = name => page.screenshot({ path: path.join(shots, name), fullPage: true });

let page;
try {
  page = context.pages()[0] || await context.newPage();
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push(e.message));

  await page.goto(base + '/review/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor(WAIT);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Dashboard' }).waitFor(WAIT);

  // filter: the text of the one conversation the caller made
  await page.getByLabel('Text in messages').fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#counts', { hasText: /^1 conversation\b/ }).waitFor(WAIT);
  const results = page.getByRole('list', { name: 'Conversations found' }).getByRole('button');
  assert.equal(await results.count(), 1);
  assert.match(await results.first().innerText(), new RegExp(text));
  await shot('review-01-filtered.png');

  // the transcript, with the tool call's result behind a disclosure
  await results.first().click();
  const transcript = page.getByRole('article', { name: 'Transcript' });
  const conversationId = await transcript.locator('h3 code').innerText();
  const tool = transcript.locator('details.tool').first();
  await tool.locator('summary').click();
  assert.ok(await tool.evaluate(d => d.open), 'the tool call did not expand');
  assert.match(await tool.locator('pre').last().innerText(), new RegExp(`"sku": "${text}`));
  await shot('review-02-transcript.png');

  // a label with a note on the whole conversation
  await transcript.getByLabel('Note').fill('Stock figure looks stale');
  await transcript.getByRole('group', { name: 'Label the conversation' }).getByRole('button', { name: 'Wrong fact' }).click();
  await transcript.locator('.labels li', { hasText: 'wrong fact' }).filter({ hasText: 'Stock figure looks stale' }).waitFor(WAIT);
  await page.getByRole('status').filter({ hasText: 'Labelled the conversation' }).waitFor(WAIT);
  await results.first().filter({ hasText: 'wrong_fact' }).waitFor(WAIT);
  await shot('review-03-labelled.png');

  // export the filtered set
  const [download] = await Promise.all([page.waitForEvent('download', WAIT),
    page.getByRole('button', { name: 'Export JSONL' }).click()]);
  assert.match(download.suggestedFilename(), /\.jsonl$/);
  const file = path.join(shots, 'review-export.jsonl');
  await download.saveAs(file);
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map(l => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].conversation.id, conversationId);
  assert.equal(lines[0].labels[0].label, 'wrong_fact');

  // the dashboard draws its charts
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.locator('figure.chart svg').nth(4).waitFor(WAIT);
  assert.equal(await page.locator('figure.chart').count(), 5);
  assert.match(await page.getByRole('img', { name: /^Conversations: from/ }).getAttribute('aria-label'), /from \d/);
  await shot('review-04-dashboard.png');

  assert.deepEqual(pageErrors, [], 'errors in the page');
  console.log(JSON.stringify({ conversationId, exportLines: lines.length }));
} catch (e) {
  if (page) await page.screenshot({ path: path.join(shots, 'review-failure.png') }).catch(() => {});
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
