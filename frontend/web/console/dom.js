// Small DOM helpers: every text goes in as text, never as HTML.
export const $ = (selector) => document.querySelector(selector);

/** h('li', {class: 'x', onclick}, 'text', child) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function toast(text, kind = 'info') {
  const el = h('div', { class: `toast ${kind}` }, text);
  $('#toasts').append(el);
  setTimeout(() => el.remove(), kind === 'error' ? 6000 : 3000);
}

export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m`;
}

export const money = (amount, currency) => amount === null || amount === undefined ? '–'
  : new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency || 'GBP' }).format(amount);

export const percent = (x) => x === null || x === undefined ? '–' : `${Math.round(x * 100)} %`;

export const TIERS = { top5: 'Top 5 %', top20: 'Top 20 %', new: 'New', rest: 'Regular' };
export const STATES = { bot: 'With the bot', waiting_for_agent: 'Waiting', with_agent: 'With an agent', resolved: 'Resolved' };

/** Whether the keyboard is in a text field (then single-key shortcuts are off). */
export const typing = (e) => ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName) || e.target.isContentEditable;
