// The border-post console: log-in (or post choice when the engine has no log-in), then the
// officer's alert view or the analyst's rule view, chosen by the address's #fragment.
import { session, probeLogin, login, logout, call } from './api.js';
import { startOfficer } from './officer.js';
import { showAnalyst } from './analyst.js';
import { $, el, cue } from './ui.js';

let officerPosts = null;

async function main() {
  cue.init($('#mute'));
  $('#logout').addEventListener('click', async () => { await logout(); location.reload(); });
  window.addEventListener('hashchange', route);
  const hasLogin = await probeLogin();
  if (hasLogin) {
    if (session.token) {
      // a token from an earlier page load: the engine says whether it still holds
      try {
        Object.assign(session, await call('GET', '/v1/session'));
        return enter(session.posts);
      } catch (e) {
        await logout();
      }
    }
    return showLogin();
  }
  const asked = new URLSearchParams(location.search).getAll('post').flatMap((p) => p.split(',')).filter(Boolean);
  if (asked.length) return enter(asked);
  return showPick();
}

function showLogin() {
  show('login');
  $('#user').focus();
  $('#login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('#login-error').textContent = '';
    try {
      const s = await login($('#user').value, $('#password').value);
      enter(s.posts || []);
    } catch (e) {
      $('#login-error').textContent = e.message;
    }
  });
}

async function showPick() {
  show('pick');
  const box = $('#pick-posts');
  let posts = [];
  try {
    posts = (await call('GET', '/v1/posts')).posts;
  } catch (e) {
    box.append(el('p', { class: 'error' }, 'Cannot read the posts: ' + e.message));
  }
  for (const p of posts) {
    box.append(el('label', {}, el('input', { type: 'checkbox', name: 'post', value: p.id }), ` ${p.id} – ${p.name}`));
  }
  box.querySelector('input')?.focus();
  $('#pick-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const chosen = [...box.querySelectorAll('input:checked')].map((i) => i.value);
    if (chosen.length) {
      history.replaceState(null, '', `?post=${chosen.join(',')}${location.hash}`);
      enter(chosen);
    }
  });
}

function enter(posts) {
  officerPosts = posts;
  $('#whoami').textContent = session.user ? `${session.user} (${session.role})` : `Posts ${posts.join(', ')}`;
  $('#logout').hidden = !session.token;
  route();
}

function route() {
  if (officerPosts === null) return;
  const view = location.hash === '#analyst' ? 'analyst' : 'officer';
  for (const v of ['officer', 'analyst']) {
    $(`#nav-${v}`).toggleAttribute('aria-current', v === view);
    if (v === view) $(`#nav-${v}`).setAttribute('aria-current', 'page');
  }
  show(view);
  if (view === 'officer') startOfficer(officerPosts);
  else showAnalyst();
}

function show(id) {
  for (const s of document.querySelectorAll('main > section')) s.hidden = s.id !== id;
}

main().catch((e) => {
  document.querySelector('main').prepend(el('p', { class: 'error', role: 'alert' }, `The console failed to start: ${e.message}`));
});
