// A shopper asks for a person in the chat widget; an agent signs in to the console, finds the waiting conversation,
// takes it over and replies; the reply appears in the shopper's widget. Headless Chromium, two separate contexts.
//   node tests/console.mjs <app base URL> <screenshot dir> [agent] [password]
// Exits non-zero with the reason when a step fails. On success prints one JSON line {conversationId, reply, note}.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [base, shots, agent = 'ava', password = 'aisle-demo'] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node tests/console.mjs <base URL> <screenshot dir> [agent] [password]');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });
const shot = (page, name) => page.screenshot({ path: path.join(shots, `console-${name}.png`) });
const WAIT = { timeout: 20000 };
const REPLY = 'Hi, I am Ava from the store. I can see your order; let me check the delivery.';
const NOTE = 'Shopper worried about a late delivery; check the carrier.';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pages = [];
try {
  // the shopper: the demo store page with the widget, asking for a person
  const shopperContext = await browser.newContext({ viewport: { width: 1100, height: 820 } });
  const shopper = await shopperContext.newPage();
  pages.push(shopper);
  const errors = [];
  shopper.on('pageerror', e => errors.push(`shopper: ${e.message}`));
  await shopper.goto(`${base}/`);
  await shopper.getByRole('button', { name: 'Chat with us' }).click();
  await shopper.getByRole('button', { name: 'Talk to a person' }).click();
  await shopper.getByRole('status').filter({ hasText: 'Waiting for a person to join' }).waitFor(WAIT);
  // while waiting the bot is silent: the message is kept for the agent
  const input = shopper.getByRole('textbox', { name: 'Your message' });
  await input.fill('Where is my order? It should have arrived yesterday.');
  await input.press('Enter');
  await shopper.locator('.msg.shopper', { hasText: 'Where is my order?' }).waitFor(WAIT);
  const { conversationId } = await shopper.evaluate(() => {
    const key = Object.keys(localStorage).find(k => k.startsWith('aisle-chat:'));
    return JSON.parse(localStorage.getItem(key));
  });
  assert.ok(conversationId, 'the widget kept no conversation id');

  // the agent: sign in, find the conversation in the waiting queue
  const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const console_ = await agentContext.newPage();
  pages.push(console_);
  console_.on('pageerror', e => errors.push(`console: ${e.message}`));
  await console_.goto(`${base}/console/`);
  await console_.getByLabel('Username').fill(agent);
  await console_.getByLabel('Password').fill('wrong password');
  await console_.getByRole('button', { name: 'Sign in' }).click();
  await console_.locator('#signin-error', { hasText: 'Wrong username or password' }).waitFor(WAIT);
  await console_.getByLabel('Password').fill(password);
  await console_.getByRole('button', { name: 'Sign in' }).click();
  const item = console_.locator(`#waiting .item[data-id="${conversationId}"]`);
  await item.waitFor(WAIT);
  await shot(console_, '01-inbox');

  // open it with the keyboard, read it, take it over with "t"
  await item.focus();
  await console_.keyboard.press('Enter');
  await console_.locator('#conv-state', { hasText: 'Waiting' }).waitFor(WAIT);
  await console_.locator('#transcript .msg.shopper', { hasText: 'Where is my order?' }).waitFor(WAIT);
  assert.ok(await console_.getByRole('textbox', { name: 'Reply to the shopper' }).isDisabled(),
    'the reply box is open before taking over');
  await console_.keyboard.press('t');
  await console_.locator('#conv-state', { hasText: 'With you' }).waitFor(WAIT);
  await console_.waitForFunction(() => document.activeElement?.id === 'reply', null, WAIT);
  await console_.locator(`#mine .item[data-id="${conversationId}"]`).waitFor(WAIT);
  await shopper.getByRole('status').filter({ hasText: 'chatting with a member of our team' }).waitFor(WAIT);

  // a private note, then a canned reply picked with "/", then the agent's own words
  const note = console_.getByRole('textbox', { name: 'New private note' });
  await note.fill(NOTE);
  await note.press('Enter');
  await console_.locator('#notes li', { hasText: NOTE }).waitFor(WAIT);
  const reply = console_.getByRole('textbox', { name: 'Reply to the shopper' });
  await reply.pressSequentially('/hel');
  await console_.getByRole('listbox', { name: 'Canned replies' }).waitFor(WAIT);
  await reply.press('Enter');
  const greeting = await reply.inputValue();
  assert.match(greeting, /thanks for waiting/i, `the canned reply was not inserted: ${greeting}`);
  await reply.press('Enter');
  await shopper.locator('.msg.agent', { hasText: 'thanks for waiting' }).waitFor(WAIT);
  await reply.fill(REPLY);
  await shot(console_, '02-replying');
  await reply.press('Enter');
  await console_.locator('#transcript .msg.agent', { hasText: REPLY }).waitFor(WAIT);
  await shot(console_, '03-replied');

  // the shopper's widget shows it at once; the note never reaches them
  await shopper.locator('.msg.agent', { hasText: REPLY }).waitFor(WAIT);
  assert.equal(await shopper.getByText(NOTE).count(), 0, 'the private note reached the shopper');
  await shot(shopper, '04-shopper-widget');

  // resolve: the conversation leaves "Mine"
  await console_.keyboard.press('Escape');
  await console_.keyboard.press('r');
  await console_.locator('#conv-state', { hasText: 'Resolved' }).waitFor(WAIT);
  await console_.locator(`#mine .item[data-id="${conversationId}"]`).waitFor({ state: 'detached', ...WAIT });
  await shot(console_, '05-resolved');

  assert.deepEqual(errors, [], 'errors in the pages');
  console.log(JSON.stringify({ conversationId, reply: REPLY, note: NOTE }));
} catch (e) {
  for (const [i, page] of pages.entries()) {
    await page.screenshot({ path: path.join(shots, `console-failure-${i}.png`) }).catch(() => {});
  }
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
