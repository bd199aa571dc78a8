// The review app: sign in, find conversations, read and label them, export them, and see the dashboard.
// Plain modules, no build step; every call carries the staff token from sessionStorage as a Bearer header.
import { chart } from './charts.js';

const TOKEN = 'aisle-review-token';
const USER = 'aisle-review-user';
const LABELS = [['good_answer', 'Good answer'], ['wrong_fact', 'Wrong fact'],
  ['should_have_handed_off', 'Should have handed off'], ['other', 'Other']];
const $ = id => document.getElementById(id);
const state = { page: 1, size: 20, total: 0, open: null };

function say(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.flat().filter(c => c !== null && c !== undefined));
  return node;
}

class ApiFailure extends Error {}

async function api(path, options = {}) {
  const headers = { Authorization: `Bearer ${sessionStorage.getItem(TOKEN)}`, ...(options.headers || {}) };
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    options = { ...options, body: JSON.stringify(options.json) };
  }
  const res = await fetch(path, { ...options, headers });
  if (res.status === 401) {
    signOut('Your session has ended: please sign in again.');
    throw new ApiFailure('not signed in');
  }
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    if (res.status === 403) message = 'This account may not do that (the reviewer role is needed).';
    try {
      const body = await res.json();
      const fields = (body.violations || []).map(v => `${v.field}: ${v.message}`).join('; ');
      message = fields || body.message || message;
    } catch { /* not JSON: keep the status line */ }
    throw new ApiFailure(message);
  }
  return res;
}

async function guarded(work) {
  try {
    await work();
  } catch (e) {
    if (e instanceof ApiFailure) say(e.message, true);
    else throw e;
  }
}

// ---- sign-in
function signOut(message = '') {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
  show();
  say(message);
}

$('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  const res = await fetch('/auth/staff/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: form.get('username'), password: form.get('password') }) });
  if (!res.ok) {
    $('login-error').textContent = res.status === 401 ? 'Wrong username or password.' : `Sign-in failed (${res.status}).`;
    return;
  }
  sessionStorage.setItem(TOKEN, (await res.json()).token);
  sessionStorage.setItem(USER, form.get('username'));
  $('login-error').textContent = '';
  event.target.reset();
  show();
});
$('sign-out').addEventListener('click', () => signOut('Signed out.'));
window.addEventListener('hashchange', show);

function show() {
  const signedIn = !!sessionStorage.getItem(TOKEN);
  const view = location.hash === '#dashboard' ? 'dashboard' : 'conversations';
  $('nav').hidden = !signedIn;
  $('who').textContent = signedIn ? sessionStorage.getItem(USER) : '';
  $('login-view').hidden = signedIn;
  $('conversations-view').hidden = !signedIn || view !== 'conversations';
  $('dashboard-view').hidden = !signedIn || view !== 'dashboard';
  for (const name of ['conversations', 'dashboard']) {
    if (name === view) $(`nav-${name}`).setAttribute('aria-current', 'page');
    else $(`nav-${name}`).removeAttribute('aria-current');
  }
  if (!signedIn) return $('login-form').querySelector('input').focus();
  say('');
  guarded(view === 'dashboard' ? loadDashboard : search);
}

// ---- conversations
function filters() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('filters'))) if (String(v).trim()) params.append(k, String(v).trim());
  return params;
}

async function search() {
  const params = filters();
  params.set('page', state.page);
  params.set('size', state.size);
  const page = await (await api(`/review/api/conversations?${params}`)).json();
  state.total = page.total;
  const byState = Object.entries(page.byState).map(([k, v]) => `${k.replaceAll('_', ' ')} ${v}`).join(' · ');
  $('counts').textContent = `${page.total} conversation${page.total === 1 ? '' : 's'}${byState ? ` (${byState})` : ''}`;
  const pages = Math.max(1, Math.ceil(page.total / state.size));
  $('page-info').textContent = `page ${state.page} of ${pages}`;
  $('prev').disabled = state.page <= 1;
  $('next').disabled = state.page >= pages;
  $('results').replaceChildren(...page.items.map(item => h('li', {},
    h('button', { type: 'button', class: 'result', 'aria-current': item.id === state.open ? 'true' : null,
      onclick: () => guarded(() => openTranscript(item.id)) },
      h('span', { class: 'when' }, new Date(item.createdAt).toLocaleString()),
      h('span', { class: `badge state-${item.state}` }, item.state.replaceAll('_', ' ')),
      h('span', { class: 'badge' }, item.tier),
      item.priority ? h('span', { class: 'badge priority' }, 'priority') : null,
      h('span', { class: 'preview' }, item.preview || '(no shopper message)'),
      h('span', { class: 'tags' }, [...item.tools.map(x => `tool: ${x}`), ...item.flags.map(f => `flag: ${f}`),
        ...item.labels.map(l => `label: ${l}`)].join(' · '))))));
}

$('filters').addEventListener('submit', event => {
  event.preventDefault();
  state.page = 1;
  guarded(search);
});
$('filters').addEventListener('reset', () => setTimeout(() => { state.page = 1; guarded(search); }));
$('prev').addEventListener('click', () => { state.page--; guarded(search); });
$('next').addEventListener('click', () => { state.page++; guarded(search); });

$('export').addEventListener('click', () => guarded(async () => {
  const res = await api(`/review/api/export?${filters()}`);
  const blob = await res.blob();
  const name = (res.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/)?.[1] || 'conversations.jsonl';
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  say(`Exported ${state.total} conversation${state.total === 1 ? '' : 's'} to ${name}.`);
}));

async function openTranscript(id) {
  state.open = id;
  const t = await (await api(`/review/api/conversations/${encodeURIComponent(id)}`)).json();
  const c = t.conversation;
  const me = sessionStorage.getItem(USER);
  const note = h('textarea', { id: 'note', rows: 2, maxlength: 2000, placeholder: 'optional: what was wrong or right' });
  const labelButtons = messageId => h('div', { class: 'label-buttons', role: 'group',
    'aria-label': messageId ? 'Label this message' : 'Label the conversation' },
  LABELS.map(([value, text]) => h('button', { type: 'button', 'data-label': value,
    onclick: () => guarded(() => addLabel(id, value, messageId, note.value)) }, text)));
  const labelsOf = messageId => t.labels.filter(l => (l.messageId ?? null) === messageId).map(l =>
    h('li', { class: `label label-${l.label}` }, `${l.label.replaceAll('_', ' ')} · ${l.reviewer}`,
      l.note ? h('q', {}, l.note) : null,
      l.reviewer === me ? h('button', { type: 'button', class: 'link',
        onclick: () => guarded(() => removeLabel(id, l.id)) }, 'Remove') : null));
  const message = m => h('li', { class: `msg ${m.role}`, 'data-id': m.id },
    h('div', { class: 'meta' }, h('strong', {}, m.role), ` ${new Date(m.createdAt).toLocaleTimeString()}`,
      m.intent ? h('span', { class: 'badge' }, m.intent) : null,
      m.flags.map(f => h('span', { class: 'badge flag' }, f))),
    h('p', { class: 'text' }, m.text),
    m.toolCalls.map(call => h('details', { class: 'tool' },
      h('summary', {}, `Tool call: ${call.name} (${call.latencyMs} ms)`),
      h('h4', {}, 'Arguments'), h('pre', {}, JSON.stringify(call.arguments, null, 2)),
      h('h4', {}, 'Result'), h('pre', {}, JSON.stringify(call.result, null, 2)))),
    m.role === 'assistant' ? labelButtons(m.id) : null,
    h('ul', { class: 'labels' }, labelsOf(m.id)));
  $('transcript').hidden = false;
  $('transcript').replaceChildren(...[
    h('h3', {}, 'Conversation ', h('code', {}, c.id)),
    h('p', { class: 'meta' }, `${c.state.replaceAll('_', ' ')} · tier ${c.tier}${c.priority ? ' · priority' : ''} · started `
      + new Date(c.createdAt).toLocaleString()),
    c.handoffReason ? h('p', { class: 'meta' }, `Handoff: ${c.handoffReason}`) : null,
    h('label', { for: 'note' }, 'Note'), note, labelButtons(null),
    h('ul', { class: 'labels' }, labelsOf(null)),
    h('ol', { class: 'messages', 'aria-label': 'Messages' }, t.messages.map(message))].filter(Boolean));
  for (const b of $('results').querySelectorAll('button.result')) b.removeAttribute('aria-current');
}

async function addLabel(id, label, messageId, note) {
  const body = { label, ...(note.trim() ? { note } : {}), ...(messageId ? { messageId } : {}) };
  await api(`/review/api/conversations/${encodeURIComponent(id)}/labels`, { method: 'POST', json: body });
  say(`Labelled ${messageId ? 'the message' : 'the conversation'} “${label.replaceAll('_', ' ')}”.`);
  await openTranscript(id);
  await search();
}

async function removeLabel(id, labelId) {
  await api(`/review/api/labels/${labelId}`, { method: 'DELETE' });
  say('Label removed.');
  await openTranscript(id);
  await search();
}

// ---- dashboard
const day = offset => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
$('dashboard-form').from.value = day(-13);
$('dashboard-form').to.value = day(0);
$('dashboard-form').addEventListener('submit', event => {
  event.preventDefault();
  guarded(loadDashboard);
});

async function loadDashboard() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('dashboard-form'))) if (v) params.append(k, v);
  const d = await (await api(`/review/api/dashboard?${params}`)).json();
  const hourly = d.bucket === 'hour';
  const labels = d.series.map(p => hourly ? p.start.slice(11, 16) : p.start.slice(5, 10));
  const pick = key => d.series.map(p => p[key]);
  const pct = n => `${Math.round(n * 100)}%`;
  const total = d.total;
  const figure = (name, value) => h('div', { class: 'figure card' }, h('span', { class: 'value' }, value), h('span', {}, name));
  const flags = Object.entries(d.guardrailTriggersByFlag).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  $('totals').replaceChildren(
    figure('conversations', total.conversations),
    figure('handed off', total.handoffRate === null ? '–' : pct(total.handoffRate)),
    figure('resolved', total.resolutionRate === null ? '–' : pct(total.resolutionRate)),
    figure(`guardrail triggers (${flags})`, total.guardrailTriggers),
    figure('answer latency p50 / p95', total.latencyP50Ms === null ? '–'
      : `${Math.round(total.latencyP50Ms)} / ${Math.round(total.latencyP95Ms)} ms`),
    figure('tokens in / out', `${total.inputTokens} / ${total.outputTokens}`));
  $('charts').replaceChildren(
    chart('Conversations', labels, [{ name: 'started', values: pick('conversations'), color: '#3d6fb4' }],
      { kind: 'bar', whole: true }),
    chart('Handoff and resolution rate', labels, [
      { name: 'handed off', values: pick('handoffRate'), color: '#c2571a' },
      { name: 'resolved', values: pick('resolutionRate'), color: '#2f8f4e' }], { format: pct, max: 1 }),
    chart('Guardrail triggers', labels, [{ name: 'triggers', values: pick('guardrailTriggers'), color: '#a3323a' }],
      { kind: 'bar', whole: true }),
    chart('Answer latency (ms)', labels, [
      { name: 'p50', values: pick('latencyP50Ms'), color: '#3d6fb4' },
      { name: 'p95', values: pick('latencyP95Ms'), color: '#8a4fb0' }]),
    chart('Tokens', labels, [
      { name: 'input', values: pick('inputTokens'), color: '#5b8c85' },
      { name: 'output', values: pick('outputTokens'), color: '#d1a23b' }], { kind: 'bar', whole: true }));
}

show();
