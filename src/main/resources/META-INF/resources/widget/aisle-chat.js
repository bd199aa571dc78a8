/*
 * Aisle chat widget: one script tag on any store page.
 *
 *   <script src="https://aisle.example/widget/aisle-chat.js" data-aisle-url="https://aisle.example"></script>
 *
 * Optional attributes: data-title (panel heading), data-token (a signed-in shopper's JWT, signed by the store; without
 * it the widget chats as an anonymous session from POST /auth/session), data-open="true" (start opened).
 * Speaks the chat socket protocol of docs/assistant-protocol.md. Everything lives in a shadow root, so the store's
 * CSS does not reach in and ours does not leak out. The host page hears `aisle:add-to-cart` and
 * `aisle:view-product` events (detail: {sku, title, price, currency}) to act on them, and `aisle:token-expired` when
 * the store's token is no longer accepted (the page should sign the shopper in again).
 */
(() => {
  'use strict';
  const script = document.currentScript;
  const base = (script.dataset.aisleUrl || new URL(script.src, location.href).origin).replace(/\/+$/, '');
  const title = script.dataset.title || 'Shopping assistant';
  const storeToken = script.dataset.token || null;
  const storageKey = `aisle-chat:${base}:${storeToken ? `customer:${subjectOf(storeToken)}` : 'anonymous'}`;
  const STATES = {
    bot: '',
    waiting_for_agent: 'Waiting for a person to join…',
    with_agent: 'You are chatting with a member of our team.',
    resolved: 'This conversation was closed. Write again to start over.',
  };
  const FIRST_REPLIES = ["What's popular?", 'Where is my order?', 'How do returns work?'];
  const AFTER_PRODUCTS = ['Cheaper ones?', 'Something similar'];

  const STYLE = `
    :host { all: initial; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; }
    * { box-sizing: border-box; }
    button { font: inherit; cursor: pointer; }
    :focus-visible { outline: 3px solid #4b6bfb; outline-offset: 2px; }
    .launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 28px;
      padding: 12px 20px; background: #1d2433; color: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
    .panel { position: fixed; right: 20px; bottom: 80px; z-index: 2147483000; width: min(380px, calc(100vw - 40px));
      height: min(600px, calc(100vh - 110px)); display: flex; flex-direction: column; background: #fff;
      border: 1px solid #d5d9e2; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.2); overflow: hidden; }
    .panel[hidden] { display: none; }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: #1d2433; color: #fff; }
    header h2 { flex: 1; margin: 0; font-size: 15px; }
    header button { border: 1px solid #fff6; border-radius: 6px; background: transparent; color: #fff; padding: 4px 8px; }
    .status { padding: 6px 12px; background: #fff7d6; border-bottom: 1px solid #eadf9c; font-size: 13px; }
    .status[hidden] { display: none; }
    .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
    .msg { max-width: 85%; padding: 8px 10px; border-radius: 10px; white-space: pre-wrap; word-wrap: break-word; }
    .shopper { align-self: flex-end; background: #4b6bfb; color: #fff; }
    .assistant { align-self: flex-start; background: #f0f2f6; }
    .agent { align-self: flex-start; background: #e3f6e8; border: 1px solid #b7e2c2; }
    .who { display: block; font-size: 11px; color: #5b6475; margin-bottom: 2px; }
    .shopper .who { color: #e4e9ff; }
    .error { align-self: stretch; background: #fdecee; color: #8a1020; }
    .progress { align-self: flex-start; color: #5b6475; font-style: italic; font-size: 13px; }
    .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .card { border: 1px solid #d5d9e2; border-radius: 8px; padding: 8px 10px; background: #fff; }
    .card h3 { font-size: 14px; margin: 0 0 2px; }
    .price { font-weight: 600; }
    .stock { font-size: 12px; color: #2f6b3c; }
    .stock.out { color: #a0182b; }
    .card .actions { display: flex; gap: 6px; margin-top: 6px; }
    .card button { border: 1px solid #1d2433; border-radius: 6px; background: #fff; padding: 3px 8px; font-size: 13px; }
    .card button.cart { background: #1d2433; color: #fff; }
    .card button:disabled { opacity: .5; cursor: not-allowed; }
    .replies { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 12px 8px; }
    .replies button { border: 1px solid #4b6bfb; color: #2c47c7; background: #fff; border-radius: 14px; padding: 3px 10px;
      font-size: 13px; }
    form { display: flex; gap: 6px; padding: 10px 12px; border-top: 1px solid #e4e7ee; }
    form input { flex: 1; font: inherit; padding: 8px; border: 1px solid #c3c9d5; border-radius: 6px; }
    form button { border: 0; border-radius: 6px; background: #4b6bfb; color: #fff; padding: 8px 12px; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
    }
    node.append(...children);
    return node;
  }

  // ---- the DOM, inside a shadow root
  const host = el('div', { id: 'aisle-chat' });
  const root = host.attachShadow({ mode: 'open' });
  const launcher = el('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false',
    'aria-controls': 'aisle-panel' }, 'Chat with us');
  const status = el('div', { class: 'status', role: 'status', hidden: true });
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation',
    tabindex: '0' });
  const announcer = el('div', { class: 'sr-only', 'aria-live': 'polite' });
  const replies = el('div', { class: 'replies', role: 'group', 'aria-label': 'Suggested replies' });
  const input = el('input', { id: 'aisle-input', type: 'text', autocomplete: 'off', maxlength: '1000',
    placeholder: 'Ask about products, orders, returns…' });
  const sendButton = el('button', { type: 'submit' }, 'Send');
  const humanButton = el('button', { type: 'button', class: 'human', onclick: () => request({ type: 'handoff' }) },
    'Talk to a person');
  const closeButton = el('button', { type: 'button', 'aria-label': 'Close chat', onclick: () => toggle(false) }, '✕');
  const form = el('form', { onsubmit: onSubmit },
    el('label', { class: 'sr-only', for: 'aisle-input' }, 'Your message'), input, sendButton);
  const panel = el('section', { id: 'aisle-panel', class: 'panel', role: 'dialog', 'aria-label': title, hidden: true },
    el('header', {}, el('h2', {}, title), humanButton, closeButton), status, log, replies, form, announcer);
  root.append(el('style', {}, STYLE), launcher, panel);
  launcher.addEventListener('click', () => toggle(panel.hidden));
  panel.addEventListener('keydown', e => { if (e.key === 'Escape') toggle(false); });
  document.body.append(host);

  // ---- conversation and socket
  let socket = null;
  let conversation = load();
  let attempts = 0;
  let reconnectTimer = null;
  let started = false; // connecting began (the panel was opened once)
  let answer = null; // the assistant bubble being streamed
  let progress = null; // the "searching…" line of the current turn
  let currentState = 'bot';
  const outbox = []; // frames written while offline, sent on reconnect

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey)) || null; } catch (e) { return null; }
  }

  function save(value) {
    conversation = value;
    if (value) localStorage.setItem(storageKey, JSON.stringify(value)); else localStorage.removeItem(storageKey);
  }

  function subjectOf(token) {
    try {
      return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).sub;
    } catch (e) {
      return 'unknown';
    }
  }

  /** The store's token for a signed-in shopper; otherwise this browser's anonymous session token. */
  async function bearer() {
    if (storeToken) return storeToken;
    if (conversation && conversation.token) return conversation.token;
    const res = await fetch(`${base}/auth/session`, { method: 'POST' });
    if (!res.ok) throw new Error(`a session token was refused: ${res.status}`);
    const issued = await res.json();
    save({ token: issued.token, sessionId: issued.sessionId });
    return issued.token;
  }

  async function start() {
    const token = await bearer();
    const res = await fetch(`${base}/assistant/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    if (res.status === 401) expired();
    if (!res.ok) throw new Error(`starting a conversation answered ${res.status}`);
    const started = await res.json();
    save({ ...conversation, conversationId: started.conversationId, sessionId: started.sessionId });
  }

  /** An anonymous session starts afresh; a signed-in shopper's page is told to sign them in again. */
  function expired() {
    if (storeToken) {
      document.dispatchEvent(new CustomEvent('aisle:token-expired'));
    } else {
      save(null);
    }
  }

  async function connect() {
    clearTimeout(reconnectTimer);
    try {
      if (!conversation || !conversation.conversationId) await start();
    } catch (e) {
      retry();
      return;
    }
    const params = new URLSearchParams({ token: storeToken || conversation.token });
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/assistant/ws/${encodeURIComponent(conversation.conversationId)}?${params}`);
    socket = ws;
    ws.onopen = () => { attempts = 0; setOnline(true); };
    ws.onmessage = e => receive(JSON.parse(e.data));
    ws.onclose = e => {
      if (socket !== ws) return;
      socket = null;
      setOnline(false);
      if (e.code === 4404) save({ token: conversation.token, sessionId: conversation.sessionId }); // not ours: start anew
      if (e.code === 4401) {
        expired();
        if (storeToken) return;
      }
      retry();
    };
  }

  /** Reconnects with exponential backoff and jitter: 0.5 s, 1 s, 2 s … up to 15 s. */
  function retry() {
    const delay = Math.min(15000, 500 * 2 ** attempts) * (0.75 + Math.random() / 2);
    attempts++;
    reconnectTimer = setTimeout(connect, delay);
  }

  // the browser knows of a lost network before TCP does: drop the socket at once, and come back as soon as it returns
  window.addEventListener('offline', () => { if (socket) socket.close(1000, 'offline'); });
  window.addEventListener('online', () => {
    if (started && !socket) { attempts = 0; connect(); }
  });

  function setOnline(online) {
    showStatus(online ? STATES[currentState] || '' : 'Connection lost. Reconnecting…');
  }

  function request(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
    else if (outbox.length < 5) outbox.push(frame);
    else showError('You are offline, so this was not sent. Please try again once the connection is back.');
  }

  // ---- incoming frames
  function receive(frame) {
    switch (frame.type) {
      case 'history': return redraw(frame.messages);
      case 'progress': return showProgress(frame.label);
      case 'token': return stream(frame.text);
      case 'products': return showProducts(frame.items);
      case 'state': return showState(frame.state);
      case 'agent_message': return bubble('agent', frame.text, true);
      case 'error': return showError(frame.message);
      case 'done': return finishTurn();
      default: return undefined;
    }
  }

  /** The conversation as the server has it (on every connect), then what was written while offline. */
  function redraw(messages) {
    log.replaceChildren();
    answer = null;
    for (const m of messages) bubble(m.role, m.text, false);
    showReplies(messages.length ? [] : FIRST_REPLIES);
    while (outbox.length) {
      const frame = outbox.shift();
      if (frame.type === 'message') bubble('shopper', frame.text, false);
      socket.send(JSON.stringify(frame));
    }
  }

  function bubble(role, text, announce) {
    const who = { shopper: 'You', assistant: 'Assistant', agent: 'Store team' }[role] || role;
    const node = el('div', { class: `msg ${role}` }, el('span', { class: 'who' }, who), text);
    log.append(node);
    scroll();
    if (announce) say(`${who}: ${text}`);
    return node;
  }

  function showProgress(label) {
    log.setAttribute('aria-busy', 'true');
    if (!progress) { progress = el('div', { class: 'progress' }); log.append(progress); }
    progress.textContent = label;
    say(label);
    scroll();
  }

  function stream(text) {
    log.setAttribute('aria-busy', 'true'); // screen readers wait for the whole answer
    if (progress) { progress.remove(); progress = null; }
    if (!answer) { answer = bubble('assistant', '', false); answer.append(document.createTextNode('')); }
    answer.lastChild.textContent += text;
    scroll();
  }

  function showProducts(items) {
    const list = el('ul', { class: 'cards', 'aria-label': `${items.length} products` });
    for (const p of items) list.append(card(p));
    log.append(list);
    showReplies(AFTER_PRODUCTS);
    scroll();
  }

  function card(p) {
    const price = new Intl.NumberFormat(undefined, { style: 'currency', currency: p.currency || 'GBP' }).format(p.price);
    const detail = { sku: p.sku, title: p.title, price: p.price, currency: p.currency };
    const view = el('button', { type: 'button', class: 'view', 'aria-label': `View ${p.title}`, onclick: () => {
      request({ type: 'click', sku: p.sku });
      document.dispatchEvent(new CustomEvent('aisle:view-product', { detail }));
    } }, 'View');
    const cart = el('button', { type: 'button', class: 'cart', 'aria-label': `Add ${p.title} to cart`,
      disabled: !p.inStock, onclick: () => {
        request({ type: 'add_to_cart', sku: p.sku });
        document.dispatchEvent(new CustomEvent('aisle:add-to-cart', { detail }));
        cart.textContent = 'Added ✓';
        say(`${p.title} added to cart`);
      } }, 'Add to cart');
    return el('li', { class: 'card', 'data-sku': p.sku },
      el('h3', {}, p.title),
      el('div', { class: 'price' }, price),
      el('div', { class: p.inStock ? 'stock' : 'stock out' }, p.inStock ? `${p.stock} in stock` : 'Out of stock'),
      el('div', { class: 'actions' }, view, cart));
  }

  function showState(state) {
    currentState = state;
    const withPeople = state === 'waiting_for_agent' || state === 'with_agent';
    if (withPeople && root.activeElement === humanButton) input.focus(); // a hidden button must not keep focus
    humanButton.hidden = withPeople;
    showStatus(STATES[state] || '');
    if (STATES[state]) say(STATES[state]);
  }

  function showStatus(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function showError(message) {
    if (progress) { progress.remove(); progress = null; }
    log.append(el('div', { class: 'msg error', role: 'alert' }, message));
    scroll();
  }

  function finishTurn() {
    if (progress) { progress.remove(); progress = null; }
    answer = null;
    log.removeAttribute('aria-busy');
  }

  function showReplies(options) {
    replies.replaceChildren(...options.map(text => el('button', { type: 'button', onclick: () => send(text) }, text)));
  }

  // ---- outgoing
  function onSubmit(e) {
    e.preventDefault();
    const text = input.value.trim();
    if (text) send(text);
  }

  function send(text) {
    bubble('shopper', text, false);
    showReplies([]);
    input.value = '';
    input.focus();
    request({ type: 'message', text });
  }

  function toggle(open) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      if (!started) { started = true; connect(); }
      input.focus();
    } else {
      launcher.focus();
    }
  }

  function say(text) {
    announcer.textContent = text;
  }

  function scroll() {
    log.scrollTop = log.scrollHeight;
  }

  if (script.dataset.open === 'true') toggle(true);
})();
