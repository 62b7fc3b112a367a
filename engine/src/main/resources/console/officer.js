// The officer's view: the alerts of their posts, live; detail; acknowledge; record the outcome.
import { call, follow } from './api.js';
import { $, el, announce, cue } from './ui.js';

const alerts = new Map();
let started = false;
let selected = null;
const up = new Map();
/** Listed entries by list/id: a promise of the entry, or of the engine's reason why there is none. */
const entries = new Map();

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
    r.kind === 'rule' ? null : compare(t, r),
    el('dl', { class: 'why', 'aria-label': r.kind === 'rule' ? 'Rule' : 'Hit' },
      el('dt', {}, r.kind === 'rule' ? 'Rule' : 'List'), el('dd', {}, r.source),
      el('dt', {}, r.kind === 'rule' ? 'Rule id' : 'Entry'), el('dd', {}, r.entry || '–'),
      el('dt', {}, 'Why'), el('dd', {}, r.explanation || '–'),
      el('dt', {}, 'Score / severity'), el('dd', {}, `${r.score.toFixed(2)} / ${r.severity}`))));
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
    el('p', { class: 'traveller' }, el('strong', {}, 'Traveller: '), t.name || '–',
      [t.birth_date && `born ${t.birth_date}`, t.nationality, t.document, t.role].filter(Boolean).map((v) => ` · ${v}`).join('')),
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

/** The traveller beside the listed entry of a list hit: field | traveller | listed entry. */
function compare(t, r) {
  const fields = [['Name', t.name], ['Birth date', t.birth_date], ['Nationality', t.nationality], ['Document', t.document]];
  const listed = fields.map(() => el('td', { class: 'listed' }, 'Loading…'));
  const note = el('p', { class: 'entry-note' });
  const table = el('table', { class: 'compare' },
    el('caption', {}, `Traveller beside ${r.source} entry ${r.entry || ''}`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Traveller'), el('th', { scope: 'col' }, 'Listed entry'))),
    el('tbody', {}, fields.map(([name, value], i) => el('tr', {},
      el('th', { scope: 'row' }, name), el('td', {}, value || '–'), listed[i]))));
  listedEntry(r).then((e) => {
    const docs = e.documents || [];
    const names = e.names || [];
    const aliases = names.slice(1).map((n) => n.full);
    const values = [
      [names.length ? names[0].full : '–', aliases.length ? `also: ${aliases.join('; ')}` : null],
      [(e.birth_dates || []).map((b) => b.text).join(', ') || '–'],
      [(e.nationalities || []).join(', ') || '–'],
      [docs.map((d) => [d.type, d.number, d.issuing_country ? `(${d.issuing_country})` : null].filter(Boolean).join(' ')).join('; ') || '–'],
    ];
    values.forEach(([main, more], i) => listed[i].replaceChildren(main, more ? el('div', { class: 'aliases' }, more) : null));
    note.textContent = [e.category, e.severity ? `severity ${e.severity}` : null, e.source_reference,
      `list ${e.list} version ${e.list_version}`].filter(Boolean).join(' · ');
  }, (err) => {
    listed.forEach((c) => c.replaceChildren('–'));
    note.textContent = err.message;
    note.classList.add('error');
  });
  return el('div', {}, table, note);
}

function listedEntry(r) {
  if (r.kind === 'document_list') {
    // a lost or stolen document has no listed person; and its number stays out of URLs
    return Promise.reject(new Error(`the document is on the ${r.source} list of lost or stolen documents: no listed person`));
  }
  const key = `${r.source}/${r.entry}`;
  if (!entries.has(key)) {
    const p = call('GET', `/v1/lists/${encodeURIComponent(r.source)}/entries/${encodeURIComponent(r.entry)}`);
    // a failure is not kept: the list may be reloaded, or the engine back, on the next look
    p.catch(() => entries.delete(key));
    entries.set(key, p);
  }
  return entries.get(key);
}
