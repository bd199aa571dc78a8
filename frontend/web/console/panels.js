// Rendering of the conversation's parts: transcript, handoff brief, private notes, customer panel.
import { h, money, percent, TIERS } from './dom.js';

const ROLES = { shopper: 'Shopper', assistant: 'Assistant (bot)', agent: 'Agent', system: 'System' };

function time(iso) {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
}

function toolCall(call) {
  return h('details', { class: 'tool' },
    h('summary', {}, `tool ${call.name} · ${call.latencyMs} ms`),
    h('pre', {}, `arguments ${JSON.stringify(call.arguments, null, 2)}\nresult ${JSON.stringify(call.result, null, 2)}`));
}

export function message(m) {
  return h('li', { class: `msg ${m.role}`, 'data-id': m.id },
    h('span', { class: 'who' }, `${ROLES[m.role] || m.role} · ${time(m.createdAt)}`,
      (m.flags || []).map(f => h('span', { class: 'flag' }, f))),
    m.text, (m.toolCalls || []).map(toolCall));
}

export function brief(b) {
  const rows = [];
  const row = (k, v) => v && (Array.isArray(v) ? v.length : true) && rows.push(h('dt', {}, k), h('dd', {}, v));
  row('Why', b.handoff?.reason);
  row('Asked', b.handoff?.triggerMessage && `“${b.handoff.triggerMessage}”`);
  row('Mood', b.mood && h('span', { class: `mood-${b.mood.level}` }, b.mood.level,
    b.mood.reasons?.length ? ` (${b.mood.reasons.join('; ')})` : ''));
  row('Wants', [b.wants?.intents?.map(i => i.intent).join(', '), b.wants?.lastSearch && `searched “${b.wants.lastSearch}”`]
    .filter(Boolean).join(' · '));
  row('Products', (b.products || []).map(p => `${p.title} (${p.sku}, ${money(p.price, p.currency)})`).join('; '));
  row('Orders', (b.orders || []).map(o => `#${o.orderNumber} ${o.status || o.outcome}`).join('; '));
  row('Bot said', (b.botAnswers || []).slice(-2).map(a => `“${a.text}”`).join(' '));
  return [h('details', { open: true }, h('summary', {}, h('h3', {}, 'Handoff brief')),
    b.summary?.text && h('p', { class: 'summary' }, b.summary.text), rows.length ? h('dl', {}, rows) : null)];
}

export function note(n) {
  return h('li', {}, h('span', { class: 'by' }, `${n.author} · ${time(n.createdAt)}`), n.text);
}

function stat(k, v) {
  return h('div', { class: 'stat' }, h('span', { class: 'k' }, k), h('span', { class: 'v' }, v));
}

export function customer(panel) {
  const parts = [];
  if (!panel.customerId) {
    parts.push(h('p', { class: 'muted' }, 'Anonymous shopper: not signed in, no orders or value on record.'));
  } else {
    const v = panel.value;
    parts.push(h('p', {}, h('b', {}, panel.customerId)));
    parts.push(v ? h('div', { class: 'stats' }, stat('Value tier', TIERS[v.tier] || v.tier),
      stat('Predicted value', money(v.predictedValue)), stat('Churn risk', percent(v.churnRisk)),
      stat('P(active)', percent(v.probabilityAlive)))
      : h('p', { class: 'muted' }, 'Not scored yet.'));
    parts.push(h('h3', {}, `Orders (${panel.orders.length})`));
    parts.push(panel.orders.length ? h('ul', { class: 'plain' }, panel.orders.map(o => h('li', {},
      h('b', {}, `#${o.orderNumber}`), ` ${o.status} · ${money(o.total, o.currency)}`,
      h('div', { class: 'sub' }, `${new Date(o.placedAt).toLocaleDateString()} · `
        + o.lines.map(l => `${l.quantity}× ${l.title}`).join(', ')))))
      : h('p', { class: 'muted' }, 'No orders.'));
  }
  const recs = panel.recommendations?.items || [];
  parts.push(h('h3', {}, `Recommended${panel.recommendations?.source === 'trending' ? ' (trending)' : ''}`));
  parts.push(recs.length ? h('ul', { class: 'plain' }, recs.map(r => h('li', {}, r.product.title,
    h('div', { class: 'sub' }, [r.product.sku, money(r.product.price, r.product.currency), r.reason?.text]
      .filter(Boolean).join(' · ')))))
    : h('p', { class: 'muted' }, 'Nothing to suggest yet.'));
  return parts;
}
