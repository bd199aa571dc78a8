// The console's REST client: the staff token from sign-in (sessionStorage, sent as Bearer) and JSON in and out.
const TOKEN = 'aisle-console-token';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.violations?.[0] ? `${body.violations[0].field}: ${body.violations[0].message}` : body.message))
      || `request failed (${status})`);
    this.status = status;
    this.body = body;
  }
}

let onSignedOut = () => {};

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  signedOut(handler) { onSignedOut = handler; },
  clear() { sessionStorage.removeItem(TOKEN); },

  async signIn(username, password) {
    const res = await fetch('/auth/staff/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }),
    });
    const body = await res.json().catch(() => null);
    if (!res.ok || !body?.token) throw new ApiError(res.status, body);
    sessionStorage.setItem(TOKEN, body.token);
    return body;
  },
};

/** A call to /console/api{path}; a 401 ends the session. */
export async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${session.token()}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/console/api${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (res.headers.get('content-type') || '').includes('json') ? await res.json() : null;
  if (res.status === 401) {
    session.clear();
    onSignedOut('Your session has ended: please sign in again.');
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}
