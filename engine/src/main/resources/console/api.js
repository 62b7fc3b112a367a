// The engine's HTTP API as the console uses it: session, JSON calls with the token, alert streams.
const TOKEN = 'paxgate.token';

export const session = {
  token: sessionStorage.getItem(TOKEN),
  user: null, role: null, posts: [],
  /** True when the engine has no log-in (POST /v1/session answers 404). */
  open: false,
};

/** Asks the engine whether it has log-in: POST /v1/session with no credentials is 404 without access control. */
export async function probeLogin() {
  const r = await fetch('/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  session.open = r.status === 404;
  return !session.open;
}

export async function login(user, password) {
  const r = await fetch('/v1/session', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user, password }),
  });
  if (!r.ok) {
    throw new Error(r.status === 401 || r.status === 403 ? 'User or password is wrong.' : `Log-in failed (${r.status}).`);
  }
  const s = await r.json();
  Object.assign(session, { token: s.token, user: s.user, role: s.role, posts: s.posts || [] });
  sessionStorage.setItem(TOKEN, s.token);
  return s;
}

export async function logout() {
  if (session.token) {
    await call('DELETE', '/v1/session').catch(() => {});
  }
  sessionStorage.removeItem(TOKEN);
  session.token = null;
}

/** A JSON call; throws an Error with the engine's message on a non-2xx answer. */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  const json = text ? JSON.parse(text) : {};
  if (!r.ok) {
    const e = new Error(json.error || `${method} ${path}: ${r.status}`);
    e.status = r.status;
    e.body = json;
    throw e;
  }
  return json;
}

/**
 * Follows one post's alert stream. The first connect asks for what came after {@code lastSeq}
 * (the newest alert already loaded) so nothing falls between the list and the stream; the browser
 * resends Last-Event-ID itself on reconnects. Returns a function that stops following.
 */
export function follow(post, lastSeq, onAlert, onState) {
  let last = lastSeq;
  let source = null;
  let stopped = false;
  let retry = null;
  const open = () => {
    const q = new URLSearchParams({ post });
    q.set('last_event_id', String(last)); // 0: every alert of the post
    if (session.token) q.set('access_token', session.token);
    source = new EventSource(`/v1/alerts/stream?${q}`);
    source.addEventListener('open', () => onState(true));
    source.addEventListener('alert', (ev) => {
      last = Math.max(last, Number(ev.lastEventId) || 0);
      onAlert(JSON.parse(ev.data));
    });
    source.addEventListener('error', () => {
      onState(false);
      if (source.readyState === EventSource.CLOSED && !stopped) {
        // the browser gave up (e.g. the engine answered an error): open anew from the last alert seen
        retry = setTimeout(open, 3000);
      }
    });
  };
  open();
  return () => { stopped = true; clearTimeout(retry); source.close(); };
}
