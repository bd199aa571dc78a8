// Drives the chat widget on the demo store page in headless Chromium, as a shopper would:
//   node tests/chat-widget.mjs <app base URL> <screenshot dir> [query]
// Exits non-zero with the reason when anything a shopper relies on is broken. On success prints one JSON line
// {conversationId, sessionId, token, clickedSku, addedSku} so the caller can check the event log and the conversation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [base, shots, query = 'lantern under 10'] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node tests/chat-widget.mjs <base URL> <screenshot dir> [query]');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });
const browser = await launch({ width: 1280, height: 860 });
const { context } = browser;
const WAIT = { timeout: 20000 };

async function until(what, check) {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

async function postJson(url, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  assert.equal(res.status, 200, `${url} answered ${res.status}: ${text}`);
  return JSON.parse(text);
}

let page;
try {
  page = context.pages()[0] || await context.newPage();
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push(e.message));
  const received = [];
  page.on('websocket', ws => ws.on('framereceived', f => received.push(JSON.parse(f.payload))));

  await page.goto(base + '/');
  const launcher = page.getByRole('button', { name: 'Chat with us' });
  await launcher.click();
  assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
  const input = page.getByRole('textbox', { name: 'Your message' });
  await until('focus in the message box', () => input.evaluate(el => el.getRootNode().activeElement === el));
  const log = page.getByRole('log', { name: 'Conversation' });
  assert.equal(await log.getAttribute('aria-live'), 'polite');
  await page.getByRole('group', { name: 'Suggested replies' }).getByRole('button').first().waitFor(WAIT);

  // a turn: tool progress, the answer streamed in pieces, product cards
  await input.fill(query);
  await input.press('Enter');
  const cards = page.locator('li.card');
  await cards.first().waitFor(WAIT);
  await until('the end of the turn', () => received.some(f => f.type === 'done' && received.some(p => p.type === 'products')));
  const types = received.map(f => f.type);
  assert.ok(types.includes('progress'), `no progress frame in ${types}`);
  const tokens = received.filter(f => f.type === 'token').map(f => f.text);
  assert.ok(tokens.length >= 3, `the answer was not streamed: ${tokens.length} token frames`);
  const bubble = page.locator('.msg.assistant').last();
  assert.equal((await bubble.innerText()).replace(/^Assistant\s*/, '').trim(), tokens.join('').trim());
  const shown = received.find(f => f.type === 'products').items;
  assert.equal(await cards.count(), shown.length);
  const first = cards.first();
  assert.equal(await first.locator('h3').innerText(), shown[0].title);
  assert.match(await first.locator('.stock').innerText(), /in stock|Out of stock/);
  await page.screenshot({ path: path.join(shots, '01-answer-with-cards.png') });

  // the card's buttons: labelled, logged over the socket, and heard by the store page
  const clickedSku = await first.getAttribute('data-sku');
  await first.getByRole('button', { name: `View ${shown[0].title}` }).click();
  await page.locator('#viewed h2').filter({ hasText: shown[0].title }).waitFor(WAIT);
  const inStock = shown.findIndex(p => p.inStock);
  assert.ok(inStock >= 0, 'no card in stock to put in the cart');
  const addedSku = shown[inStock].sku;
  await cards.nth(inStock).getByRole('button', { name: `Add ${shown[inStock].title} to cart` }).click();
  await page.locator('#cart', { hasText: 'Cart: 1 item' }).waitFor(WAIT);

  // asking for a person
  await page.getByRole('button', { name: 'Talk to a person' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Waiting for a person to join' });
  await status.waitFor(WAIT);
  assert.ok(await input.evaluate(el => el.getRootNode().activeElement === el), 'focus was lost with the hidden button');
  await page.screenshot({ path: path.join(shots, '02-waiting-for-agent.png') });

  // network loss: the widget says so, reconnects by itself and redraws the conversation
  const { conversationId, sessionId, token } = await page.evaluate(() => {
    const key = Object.keys(localStorage).find(k => k.startsWith('aisle-chat:'));
    return JSON.parse(localStorage.getItem(key));
  });
  await context.setOffline(true);
  await page.getByRole('status').filter({ hasText: 'Connection lost' }).waitFor(WAIT);
  await page.screenshot({ path: path.join(shots, '03-offline.png') });
  await context.setOffline(false);
  await status.waitFor(WAIT);
  await until('the widget to reconnect and get the history again', () => received.filter(f => f.type === 'history').length === 2);
  assert.ok(await page.locator('.msg.shopper', { hasText: query }).count() === 1, 'history was not redrawn');

  // an agent takes over and writes: the reply appears live
  const agent = `${base}/console/api/conversations/${conversationId}`;
  const { token: agentToken } = await postJson(`${base}/auth/staff/login`, { username: 'ava', password: 'aisle-demo' });
  await postJson(`${agent}/take-over`, {}, agentToken);
  await page.getByRole('status').filter({ hasText: 'chatting with a member of our team' }).waitFor(WAIT);
  await postJson(`${agent}/messages`, { text: 'Hello, I am Sam from the store.' }, agentToken);
  await page.locator('.msg.agent', { hasText: 'Hello, I am Sam from the store.' }).waitFor(WAIT);
  await page.screenshot({ path: path.join(shots, '04-agent-reply.png') });

  // keyboard: Escape closes the panel and gives focus back to the launcher
  await page.keyboard.press('Escape');
  assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
  assert.ok(await launcher.evaluate(el => el.getRootNode().activeElement === el), 'focus did not return to the launcher');

  assert.deepEqual(pageErrors, [], 'errors in the page');
  console.log(JSON.stringify({ conversationId, sessionId, token, clickedSku, addedSku }));
} catch (e) {
  if (page) await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
