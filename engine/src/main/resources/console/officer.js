// The officer's view: the alerts of their posts, live; detail; acknowledge; record the outcome.
import { call, follow } from './api.js';
import { $, el, announce, cue } from './ui.js';

const alerts = new Map();
let started = false;
let selected = null;
const up = new Map();

const RANK = { do_not_board: 2, refer: 1 };
const OUTCOMES = [['confirmed', 'Confirmed'], ['false_positive', 'False positive'], ['no_action', 'No action']];

export async function startOfficer(posts) {
  if (started) return;
  started = true;
  $('#posts-label').textContent = `– ${posts.join(', ')}`;
  $('#dnb-dismiss').addEventListener('click', () => { $('#dnb-banner').hidden = true; });
  $('#dnb-open').addEventListener('click', () => {
    $('#dnb-banner').hidden = true;
    select($('#dnb-banner').dataset.alert);
  });
  for (const post of posts) {
    let last = 0;
    try {
      const list = await call('GET', `/v1/alerts?post=${encodeURIComponent(post)}&limit=500`);
      for (const a of list.alerts) {
        alerts.set(a.id, a);
        last = Math.max(last, a.seq);
      }
    } catch (e) {
      setConn(`Cannot load the alerts of ${post}: ${e.message}`, false);
    }
    up.set(post, false);
    // last 0 (no alerts yet): follow from the very first alert so nothing before the stream opens is lost
    follow(post, last > 0 ? last : 0, arrived, (ok) => {
      up.set(post, ok);
      const down = [...up].filter(([, v]) => !v).map(([k]) => k);
      setConn(down.length ? `Reconnecting (${down.join(', ')})… alerts are kept and resumed.` : 'Live.', !down.length);
    });
  }
  render();
}

function setConn(text, ok) {
  const c = $('#conn');
  c.textContent = text;
  c.classList.toggle('down', !ok);
}

function arrived(a) {
  const known = alerts.has(a.id);
  alerts.set(a.id, { ...alerts.get(a.id), ...a });
  render();
  if (known) return;
  const who = a.traveller ? a.traveller.name : 'a traveller';
  announce(`New ${label(a.decision)} alert on flight ${a.flight} for ${who}.`);
  if (a.decision === 'do_not_board') {
    const b = $('#dnb-banner');
    b.dataset.alert = a.id;
    $('#dnb-text').textContent = ` Flight ${a.flight}: ${who}`;
    b.hidden = false;
    cue.beep();
  }
}

function label(decision) {
  return decision === 'do_not_board' ? 'do not board' : decision === 'refer' ? 'refer' : decision;
}

/** Open before closed, then the most severe, then the newest. */
function order(x, y) {
  return (x.status === 'closed') - (y.status === 'closed')
    || (RANK[y.decision] || 0) - (RANK[x.decision] || 0)
    || y.seq - x.seq;
}

function render() {
  const body = $('#alerts tbody');
  const rows = [...alerts.values()].sort(order).map((a) => {
    const tr = el('tr', {
      class: `alert ${a.status}${a.id === selected ? ' selected' : ''}`, 'data-id': a.id, tabindex: '0',
      'aria-selected': String(a.id === selected),
      onclick: () => select(a.id),
      onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(a.id); } },
    },
    el('td', {}, el('span', { class: `dec ${a.decision}` }, label(a.decision))),
    el('td', {}, a.flight, ' ', a.flight_date || ''),
    el('td', {}, a.traveller ? a.traveller.name : ''),
    el('td', {}, a.score.toFixed(2)),
    el('td', { class: 'status' }, a.status),
    el('td', {}, (a.created_at || '').replace('T', ' ').slice(0, 19)));
    return tr;
  });
  body.replaceChildren(...rows);
  $('#no-alerts').hidden = rows.length > 0;
  if (selected) renderDetail(alerts.get(selected));
}

function select(id) {
  selected = id;
  render();
  $('#detail').focus();
}

function renderDetail(a) {
  const d = $('#detail');
  d.hidden = !a;
  if (!a) return;
  const t = a.traveller || {};
  const reasons = (a.reasons || []).map((r) => el('div', { class: 'reason' },
    el('p', {}, el('strong', {}, r.summary || `${r.kind} ${r.source}`)),
    el('div', { class: 'pair' },
      el('dl', { 'aria-label': 'Traveller' },
        el('dt', {}, 'Traveller'), el('dd', {}, t.name || '–'),
        el('dt', {}, 'Born'), el('dd', {}, t.birth_date || '–'),
        el('dt', {}, 'Nationality'), el('dd', {}, t.nationality || '–'),
        el('dt', {}, 'Document'), el('dd', {}, t.document || '–')),
      el('dl', { 'aria-label': 'Matched entry' },
        el('dt', {}, r.kind === 'rule' ? 'Rule' : 'List'), el('dd', {}, r.source),
        el('dt', {}, r.kind === 'rule' ? 'Rule id' : 'Entry'), el('dd', {}, r.entry || '–'),
        el('dt', {}, 'Why'), el('dd', {}, r.explanation || '–'),
        el('dt', {}, 'Score / severity'), el('dd', {}, `${r.score.toFixed(2)} / ${r.severity}`)))));
  const actions = el('div', { class: 'actions' });
  if (a.status === 'new') {
    actions.append(el('button', { type: 'button', id: 'ack', onclick: () => act(a, 'ack') }, 'Acknowledge'));
  } else if (a.status === 'acknowledged') {
    const note = el('input', { id: 'note', 'aria-label': 'Note (optional)', placeholder: 'Note (optional)' });
    actions.append(note, ...OUTCOMES.map(([value, text]) => el('button', {
      type: 'button', 'data-outcome': value, onclick: () => act(a, 'disposition', { outcome: value, note: note.value || null }),
    }, text)));
  } else if (a.disposition) {
    actions.append(el('p', {}, `Outcome: ${a.disposition.outcome.replace('_', ' ')}`,
      a.disposition.note ? ` – ${a.disposition.note}` : '', ` (${a.disposition.at || ''})`));
  }
  d.replaceChildren(
    el('h3', {}, el('span', { class: `dec ${a.decision}` }, label(a.decision)), ` ${a.flight} ${a.flight_date || ''}`),
    el('p', {}, `${a.departure_airport || '?'} → ${a.arrival_airport || '?'} · post ${a.post} · alert ${a.id} · `,
      `source message ${a.source_message_id} · score ${a.score.toFixed(2)} · ${a.status}`),
    ...reasons,
    actions,
    el('p', { id: 'act-error', class: 'error', role: 'alert' }));
}

async function act(a, what, body) {
  try {
    const updated = await call('POST', `/v1/alerts/${encodeURIComponent(a.id)}/${what}`, body);
    alerts.set(a.id, updated);
    render();
    announce(what === 'ack' ? `Alert ${a.id} acknowledged.` : `Outcome recorded for alert ${a.id}.`);
    (document.querySelector('#detail button') || $('#detail')).focus();
  } catch (e) {
    $('#act-error').textContent = e.message;
  }
}
