// The agents' console: sign-in, inbox (polled), conversation view with live transcript, take over / reply / hand back /
// resolve, canned replies, private notes, customer panel, availability. No build step; see docs/console.md.
import { api, ApiError, session } from './api.js';
import { $, h, toast, duration, TIERS, STATES, typing } from './dom.js';
import * as panels from './panels.js';

const INBOX_EVERY_MS = 2500;
const DETAIL_EVERY_MS = 2000;
const MAX_REPLY = 2000;

const state = {
  me: null, available: false, selected: null, detail: null, lastMessageId: 0, notes: 0,
  skewMs: 0, canned: [], cannedUsed: null, timers: [], busy: new Set(),
};

// ---- session

session.signedOut(message => showSignIn(message));

function showSignIn(message = '') {
  state.timers.forEach(clearInterval);
  state.timers = [];
  $('#app').hidden = true;
  $('#signin').hidden = false;
  $('#signin-error').textContent = message;
  $('#signin-form [name=username]').focus();
}

$('#signin-form').addEventListener('submit', async e => {
  e.preventDefault();
  const form = new FormData(e.target);
  $('#signin-error').textContent = '';
  try {
    await session.signIn(form.get('username').trim(), form.get('password'));
    e.target.reset();
    await showApp();
  } catch (err) {
    $('#signin-error').textContent = err.status === 401 ? 'Wrong username or password.' : err.message;
  }
});

$('#signout').addEventListener('click', () => {
  session.clear();
  showSignIn('Signed out.');
});

async function showApp() {
  try {
    const me = await api('GET', '/me');
    state.me = me.username;
    showStatus(me);
  } catch (err) {
    session.clear();
    showSignIn(err.status === 403 ? 'This account is not an agent.' : err.message);
    return;
  }
  $('#signin').hidden = true;
  $('#app').hidden = false;
  state.canned = await api('GET', '/canned-replies');
  await refreshInbox();
  state.timers.push(setInterval(() => once('inbox', refreshInbox), INBOX_EVERY_MS));
  state.timers.push(setInterval(() => state.selected && once('detail', refreshDetail), DETAIL_EVERY_MS));
  if (!state.selected) focusFirstItem();
}

/** Runs a refresh unless the previous one is still under way; a failure is shown once, polling goes on. */
async function once(what, refresh) {
  if (state.busy.has(what)) return;
  state.busy.add(what);
  try {
    await refresh();
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401)) toast(`Could not refresh the ${what}: ${err.message}`, 'error');
  } finally {
    state.busy.delete(what);
  }
}

// ---- availability

function showStatus(me) {
  state.available = me.available;
  $('#me').textContent = me.displayName;
  const toggle = $('#availability');
  toggle.setAttribute('aria-pressed', String(me.available));
  toggle.querySelector('.label').textContent = me.available ? 'Available' : 'Unavailable';
  $('#load').textContent = `${me.open} / ${me.capacity} open`;
}

async function toggleAvailability() {
  try {
    showStatus(await api('PUT', '/me/availability', { available: !state.available }));
    toast(state.available ? 'You are available: waiting conversations come to you.' : 'You are unavailable: nothing new is assigned.');
    await refreshInbox();
  } catch (err) {
    toast(err.message, 'error');
  }
}
$('#availability').addEventListener('click', toggleAvailability);

// ---- inbox

async function refreshInbox() {
  const inbox = await api('GET', '/inbox');
  state.skewMs = new Date(inbox.now).getTime() - Date.now();
  const focused = document.activeElement?.dataset?.id;
  renderSection('waiting', inbox.waiting, i => (Date.now() + state.skewMs - new Date(i.handedOffAt)) / 1000);
  renderSection('mine', inbox.mine);
  renderSection('bot', inbox.bot);
  $('#team').replaceChildren(...inbox.agents.map(a => h('li', { class: a.available ? 'on' : '' },
    h('span', { class: 'dot' }), `${a.displayName} · ${a.open}/${a.capacity}`)));
  const me = inbox.agents.find(a => a.username === state.me);
  if (me) showStatus(me);
  if (focused) document.querySelector(`.item[data-id="${CSS.escape(focused)}"]`)?.focus();
}

function renderSection(name, items, waitedSeconds) {
  const count = $(`#${name}-count`);
  count.textContent = items.length;
  count.dataset.n = items.length;
  $(`#${name}`).replaceChildren(...items.map(item => h('li', {}, inboxItem(item, waitedSeconds))));
}

function inboxItem(i, waitedSeconds) {
  const waited = waitedSeconds ? waitedSeconds(i) : null;
  const since = waited !== null ? duration(waited)
    : i.lastMessageAt ? new Date(i.lastMessageAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
  const assigned = i.state === 'waiting_for_agent' && i.assignedAgent;
  return h('button', {
    class: 'item', type: 'button', 'data-id': i.conversationId, 'aria-current': String(i.conversationId === state.selected),
    onclick: () => open(i.conversationId),
  },
  h('span', { class: 'line1' }, h('span', { class: 'name' }, customerName(i)),
    h('span', { class: `since${waited > 120 ? ' long' : ''}`, title: waited !== null ? 'waiting' : 'last message' }, since)),
  h('span', { class: 'tags' },
    i.priority > 0 && h('span', { class: 'tag priority' }, '★ priority'),
    i.tier && h('span', { class: `tag tier-${i.tier}` }, TIERS[i.tier] || i.tier),
    i.churnRisk >= 0.7 && h('span', { class: 'tag risk' }, 'churn risk'),
    assigned && h('span', { class: 'tag assigned' }, i.assignedAgent === state.me ? 'assigned to you' : `→ ${i.assignedAgent}`)),
  h('span', { class: 'preview' }, i.handoffReason && i.state === 'waiting_for_agent' ? i.handoffReason
    : i.lastMessage ? `${i.lastMessageRole}: ${i.lastMessage}` : 'no messages yet'));
}

function customerName(i) {
  return i.customerId || `Anonymous · ${i.conversationId.slice(-6)}`;
}

function items() {
  return [...document.querySelectorAll('.inbox .item')];
}

function focusFirstItem() {
  items()[0]?.focus();
}

function move(step) {
  const all = items();
  if (!all.length) return;
  const at = all.findIndex(b => b.dataset.id === (document.activeElement?.dataset?.id || state.selected));
  const next = all[Math.min(all.length - 1, Math.max(0, at + step))];
  next.focus();
  open(next.dataset.id);
}

// ---- conversation

async function open(id) {
  if (state.selected !== id) {
    state.selected = id;
    state.lastMessageId = 0;
    state.notes = -1;
    state.detail = null;
    $('#transcript').replaceChildren();
    $('#brief').hidden = true;
    $('#customer').replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    $('#reply').value = '';
    state.cannedUsed = null;
  }
  document.querySelectorAll('.inbox .item').forEach(b => b.setAttribute('aria-current', String(b.dataset.id === id)));
  $('#placeholder').hidden = true;
  $('#view').hidden = false;
  await once('detail', refreshDetail);
  loadBrief(id);
  loadCustomer(id);
}

async function refreshDetail() {
  const id = state.selected;
  const detail = await api('GET', `/conversations/${encodeURIComponent(id)}`);
  if (id !== state.selected) return;
  const before = state.detail?.conversation.state;
  state.detail = detail;
  const c = detail.conversation;
  $('#conv-title').textContent = customerName(c);
  const pill = $('#conv-state');
  pill.className = `pill ${c.state}`;
  pill.textContent = c.state === 'with_agent' ? `With ${c.agentId === state.me ? 'you' : c.agentId}` : STATES[c.state];
  $('#conv-online').className = detail.shopperOnline ? 'online' : 'offline';
  $('#conv-online').textContent = detail.shopperOnline ? 'shopper online' : 'shopper offline';
  $('#conv-reason').textContent = c.handoffReason ? `· ${c.handoffReason}` : '';
  renderTranscript(detail.messages);
  renderNotes(detail.notes);
  renderControls(c);
  if (before && before !== c.state && c.state !== 'resolved') loadBrief(id);
}

function renderTranscript(messages) {
  const log = $('#transcript');
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  const fresh = messages.filter(m => m.id > state.lastMessageId);
  log.append(...fresh.map(panels.message));
  if (fresh.length) state.lastMessageId = fresh[fresh.length - 1].id;
  if (fresh.length && (atBottom || fresh.some(m => m.role === 'agent'))) log.scrollTop = log.scrollHeight;
}

function renderNotes(notes) {
  if (notes.length === state.notes) return;
  state.notes = notes.length;
  $('#notes').replaceChildren(...notes.map(panels.note));
}

function holds(c) {
  return c.state === 'with_agent' && c.agentId === state.me;
}

function renderControls(c) {
  const mine = holds(c);
  $('#take-over').disabled = !(c.state === 'waiting_for_agent' || c.state === 'bot');
  $('#hand-back').disabled = !mine;
  $('#resolve').disabled = c.state === 'resolved' || (c.state === 'with_agent' && !mine);
  for (const el of [$('#reply'), $('#send'), $('#canned-button')]) el.disabled = !mine;
  $('#composer-hint').textContent = mine ? ''
    : c.state === 'with_agent' ? `${c.agentId} holds this conversation.`
      : c.state === 'resolved' ? 'Resolved. The shopper’s next message reopens it with the bot.'
        : 'Take over to write to the shopper.';
  updateCounter();
}

async function loadBrief(id) {
  const res = await fetch(`/console/api/conversations/${encodeURIComponent(id)}/brief`,
    { headers: { Authorization: `Bearer ${session.token()}` } });
  if (id !== state.selected) return;
  if (!res.ok) {
    $('#brief').hidden = true;
    return;
  }
  $('#brief').replaceChildren(...panels.brief(await res.json()).filter(Boolean));
  $('#brief').hidden = false;
}

async function loadCustomer(id) {
  try {
    const panel = await api('GET', `/conversations/${encodeURIComponent(id)}/customer`);
    if (id === state.selected) $('#customer').replaceChildren(...panels.customer(panel));
  } catch (err) {
    if (id === state.selected) $('#customer').replaceChildren(h('p', { class: 'muted' }, `Unavailable: ${err.message}`));
  }
}

// ---- actions

async function act(action, done) {
  const c = state.detail?.conversation;
  const button = $(`#${action}`);
  if (!c || button.disabled) return;
  try {
    await api('POST', `/conversations/${encodeURIComponent(c.conversationId)}/${action}`);
    toast(done);
    await Promise.all([refreshDetail(), refreshInbox()]);
    if (action === 'take-over') $('#reply').focus();
  } catch (err) {
    toast(err.message, 'error');
  }
}
$('#take-over').addEventListener('click', () => act('take-over', 'You have the conversation: the bot is silent.'));
$('#hand-back').addEventListener('click', () => act('hand-back', 'Handed back to the bot.'));
$('#resolve').addEventListener('click', () => act('resolve', 'Resolved.'));

async function sendReply() {
  const c = state.detail?.conversation;
  const text = $('#reply').value.trim();
  if (!c || !text || $('#send').disabled) return;
  if (text.length > MAX_REPLY) {
    toast(`A reply can be at most ${MAX_REPLY} characters.`, 'error');
    return;
  }
  const body = { text };
  if (state.cannedUsed) body.cannedReply = state.cannedUsed;
  $('#send').disabled = true;
  try {
    await api('POST', `/conversations/${encodeURIComponent(c.conversationId)}/messages`, body);
    $('#reply').value = '';
    state.cannedUsed = null;
    await refreshDetail();
  } catch (err) {
    toast(err.message, 'error');
  } finally {
    renderControls(state.detail.conversation);
    $('#reply').focus();
  }
}
$('#composer').addEventListener('submit', e => {
  e.preventDefault();
  sendReply();
});

function updateCounter() {
  const n = $('#reply').value.length;
  const counter = $('#reply-count');
  counter.textContent = n ? `${n} / ${MAX_REPLY}` : '';
  counter.classList.toggle('over', n > MAX_REPLY);
}

async function addNote() {
  const text = $('#note').value.trim();
  if (!text || !state.selected) return;
  try {
    await api('POST', `/conversations/${encodeURIComponent(state.selected)}/notes`, { text });
    $('#note').value = '';
    await refreshDetail();
  } catch (err) {
    toast(err.message, 'error');
  }
}
$('#note').addEventListener('keydown', e => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    addNote();
  }
});

// ---- canned replies: "/" in an empty reply box, or the button; type to filter, arrows and Enter to pick

const picker = { open: false, at: 0, shown: [] };

function showCanned(filter = '') {
  const f = filter.toLowerCase();
  picker.shown = state.canned.filter(r => r.shortcut.includes(f) || r.title.toLowerCase().includes(f));
  picker.at = Math.min(picker.at, Math.max(0, picker.shown.length - 1));
  picker.open = true;
  const list = $('#canned');
  list.replaceChildren(...(picker.shown.length ? picker.shown.map((r, i) => h('button', {
    type: 'button', class: 'option', role: 'option', 'aria-selected': String(i === picker.at), tabindex: '-1',
    onmousedown: e => { e.preventDefault(); useCanned(r); },
  }, h('b', {}, `/${r.shortcut}`), r.title, h('span', {}, r.body))) : [h('p', { class: 'muted' }, 'No canned reply matches.')]));
  list.hidden = false;
}

function hideCanned() {
  picker.open = false;
  $('#canned').hidden = true;
}

function useCanned(reply) {
  $('#reply').value = reply.body;
  state.cannedUsed = reply.shortcut;
  hideCanned();
  updateCounter();
  $('#reply').focus();
}

$('#canned-button').addEventListener('click', () => {
  $('#reply').value = '/';
  $('#reply').focus();
  showCanned();
});

$('#reply').addEventListener('input', e => {
  const v = e.target.value;
  if (v.startsWith('/') && !v.includes(' ')) showCanned(v.slice(1));
  else hideCanned();
  if (state.cannedUsed && !v) state.cannedUsed = null;
  updateCounter();
});

$('#reply').addEventListener('keydown', e => {
  if (picker.open) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      picker.at = (picker.at + (e.key === 'ArrowDown' ? 1 : -1) + picker.shown.length) % Math.max(1, picker.shown.length);
      showCanned($('#reply').value.slice(1));
      return;
    }
    if ((e.key === 'Enter' || e.key === 'Tab') && picker.shown.length) {
      e.preventDefault();
      useCanned(picker.shown[picker.at]);
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      hideCanned();
      return;
    }
  }
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    sendReply();
  }
});

// ---- keyboard

const help = $('#help');
$('#help-button').addEventListener('click', () => help.showModal());

document.addEventListener('keydown', e => {
  if (e.key === 'Escape' && typing(e)) {
    e.target.blur();
    document.querySelector('.item[aria-current="true"]')?.focus();
    return;
  }
  if (typing(e) || e.ctrlKey || e.metaKey || e.altKey || $('#app').hidden || help.open) return;
  const keys = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    t: () => $('#take-over').click(), h: () => $('#hand-back').click(), r: () => $('#resolve').click(),
    n: () => state.selected && $('#note').focus(), a: toggleAvailability, '?': () => help.showModal(),
    '/': () => !$('#reply').disabled && $('#canned-button').click(),
  };
  if (keys[e.key]) {
    e.preventDefault();
    keys[e.key]();
  }
});

if (session.token()) showApp();
else showSignIn();
