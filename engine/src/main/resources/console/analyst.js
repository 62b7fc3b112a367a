// The analyst's view: rules and lists with alerts, outcomes and precision; switch a rule; backtest a draft.
import { call } from './api.js';
import { $, el } from './ui.js';

let wired = false;

export async function showAnalyst() {
  if (!wired) {
    wired = true;
    $('#backtest-form').addEventListener('submit', backtest);
  }
  await load();
}

const pct = (p) => (p === null || p === undefined ? '–' : `${Math.round(p * 100)} %`);

async function load() {
  let data;
  try {
    data = await call('GET', '/v1/rules');
  } catch (e) {
    $('#rules-status').textContent = `Cannot read the rules: ${e.message}`;
    return;
  }
  $('#rules-status').textContent = `Rule set version ${data.version ?? '–'}.`;
  $('#rules tbody').replaceChildren(...data.rules.map((r) => el('tr', { 'data-rule': r.id },
    el('th', { scope: 'row' }, r.id),
    el('td', {}, r.description),
    el('td', {}, r.alerts),
    el('td', {}, r.dispositions.confirmed),
    el('td', {}, r.dispositions.false_positive),
    el('td', {}, r.dispositions.no_action),
    el('td', {}, pct(r.precision)),
    el('td', {}, el('button', {
      type: 'button', class: r.enabled ? '' : 'secondary', 'aria-label': `${r.enabled ? 'Disable' : 'Enable'} rule ${r.id}`,
      onclick: () => toggle(r),
    }, r.enabled ? 'Enabled – disable' : 'Disabled – enable')))));
  $('#lists tbody').replaceChildren(...data.lists.map((l) => el('tr', {},
    el('th', { scope: 'row' }, l.name), el('td', {}, l.kind.replace('_', ' ')), el('td', {}, l.alerts),
    el('td', {}, l.dispositions.confirmed), el('td', {}, l.dispositions.false_positive),
    el('td', {}, l.dispositions.no_action), el('td', {}, pct(l.precision)))));
}

async function toggle(r) {
  const reason = window.prompt(`Why ${r.enabled ? 'disable' : 'enable'} ${r.id}? (recorded with the change)`, '');
  if (reason === null) return;
  try {
    await call('POST', `/v1/rules/${encodeURIComponent(r.id)}/${r.enabled ? 'disable' : 'enable'}`, { reason });
    $('#rules-status').textContent = `${r.id} ${r.enabled ? 'disabled' : 'enabled'}.`;
  } catch (e) {
    $('#rules-status').textContent = e.message;
  }
  await load();
  document.querySelector(`tr[data-rule="${CSS.escape(r.id)}"] button`)?.focus();
}

async function backtest(ev) {
  ev.preventDefault();
  const out = $('#bt-result');
  out.replaceChildren(el('p', {}, 'Running…'));
  try {
    const r = await call('POST', '/v1/backtest', {
      expression: $('#bt-expr').value, severity: Number($('#bt-sev').value), hours: Number($('#bt-hours').value),
    });
    out.replaceChildren(
      el('p', {}, `${r.hits} hit(s): ${r.distinct_travellers} traveller(s) on ${r.flights} flight(s), of ${r.travellers} `
        + `traveller(s) in ${r.inputs} message(s) of the last ${r.hours} h${r.inputs_capped ? ' (capped)' : ''}. Nothing was saved.`),
      r.examples.length ? el('table', {}, el('caption', {}, 'First hits (names masked)'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Flight'), el('th', { scope: 'col' }, 'Traveller'),
          el('th', { scope: 'col' }, 'Evidence'))),
        el('tbody', {}, r.examples.map((x) => el('tr', {}, el('td', {}, `${x.flight} ${x.flight_date}`),
          el('td', {}, x.traveller), el('td', {}, x.evidence))))) : null);
  } catch (e) {
    const errs = (e.body && e.body.errors) || [];
    out.replaceChildren(el('p', { class: 'error' }, e.message),
      el('ul', {}, errs.map((x) => el('li', {}, `line ${x.line}, column ${x.column}: ${x.message}`))));
  }
}
