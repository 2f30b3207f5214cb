// The farm's web page: log in, "My Jobs", one job's page. Wires the parts together.

import { allJobs, FarmError, get, post, request, useToken } from './api.js';
import { Controls } from './controls.js';
import { JobPage } from './job-page.js';
import { JobsTable } from './jobs-table.js';
import { Live } from './live.js';

const $ = (id) => document.getElementById(id);

let session = null;
let table = null;
let controls = null;
let jobPage = null;
let live = null;
const labels = new Map();

async function start() {
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  try {
    enter(await get('/web/session'));
  } catch (e) {
    showLogin(e instanceof FarmError && e.status === 401 ? '' : e.message);
  }
}

function showLogin(message) {
  if (live) live.close();
  live = null;
  session = null;
  $('app').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message || '';
  $('login-key').value = '';
  $('login-key').focus();
}

async function login(e) {
  e.preventDefault();
  const key = $('login-key').value.trim();
  if (!key) {
    $('login-error').textContent = 'Paste your account key first.';
    return;
  }
  $('login-submit').disabled = true;
  try {
    const answer = await post('/web/session', { key });
    $('login-key').value = '';
    enter(answer);
  } catch (err) {
    $('login-error').textContent = err.status === 401 ? 'Wrong key: ' + err.message : err.message;
    $('login-key').select();
  } finally {
    $('login-submit').disabled = false;
  }
}

async function logout() {
  try {
    await request('DELETE', '/web/session');
  } finally {
    showLogin('You are logged out.');
  }
}

async function enter(who) {
  session = who;
  useToken(who.csrf);
  $('login').hidden = true;
  $('app').hidden = false;
  $('who').textContent = `${who.user} · ${who.account}${who.role === 'admin' ? ' (admin)' : ''}`;
  labels.clear();
  for (const s of who.statuses) labels.set(s.id, s.label);
  const filter = $('filter');
  filter.replaceChildren(new Option('All statuses', ''), ...who.statuses.map((s) => new Option(s.label, s.id)));
  if (!table) {
    controls = new Controls(who.controls, results);
    table = new JobsTable(labels, {
      onSelection: selectionChanged,
      onCount: counted,
      onOpen: (id) => { location.hash = '#/jobs/' + encodeURIComponent(id); },
      onMenu: (x, y) => controls.openMenu(x, y, table.selectedJobs(), $('jobs')),
    });
    jobPage = new JobPage(labels, controls);
  } else {
    controls.controls = who.controls;
    table.setFilter('');
  }
  filter.onchange = () => table.setFilter(filter.value);
  performance.mark('farmhand-loading');
  try {
    const { latest_seq: after } = await get('/api/v1/events?limit=0');
    const jobs = await allJobs();
    performance.mark('farmhand-jobs-received');
    table.load(jobs);
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('farmhand-jobs-rendered');
      document.body.dataset.rendered = String(jobs.length);
    }));
    document.body.dataset.seq = String(after);
    live = new Live(after, applyChanges, liveState);
  } catch (err) {
    return failed(err);
  }
  window.onhashchange = route;
  route();
}

function failed(err) {
  if (err instanceof FarmError && err.status === 401) showLogin('Your session has ended: log in again.');
  else $('outcome').textContent = err.message;
}

function route() {
  const match = /^#\/jobs\/(.+)$/.exec(location.hash);
  $('jobs-view').hidden = Boolean(match);
  $('job-view').hidden = !match;
  $('nav-jobs').setAttribute('aria-current', match ? 'false' : 'page');
  if (match) jobPage.show(decodeURIComponent(match[1]));
  else $('jobs').focus({ preventScroll: true });
}

function selectionChanged() {
  controls.fillToolbar($('toolbar'), table.selectedJobs());
  counted();
}

function counted() {
  const text = `${table.shown} of ${table.jobs.size} jobs · ${table.selected.size} selected`;
  if ($('count').textContent !== text) $('count').textContent = text;
}

function applyChanges(batch) {
  const jobs = new Map();
  let viewed = false;
  for (const change of batch) {
    if (change.job) jobs.set(change.job.id, change.job);
    if (jobPage.id && change.event.job_id === jobPage.id) viewed = true;
  }
  if (jobs.size > 0) table.update([...jobs.values()]);
  if (viewed && !$('job-view').hidden) jobPage.refresh();
}

async function liveState(state) {
  const text = { live: 'Live', reconnecting: 'Reconnecting…', ended: 'Not live' }[state];
  $('live').textContent = text;
  $('live').className = 'live ' + state;
  if (state === 'ended') {
    try {
      await get('/web/session');
      setTimeout(() => live && live.open(), 3000);
    } catch (err) {
      failed(err);
    }
  }
}

/** Shows what a control did, per job; or why it was not sent. */
function results(control, list, message) {
  if (message) {
    show(`${control.label}: ${message}`);
    return;
  }
  for (const result of list) table.outcome(result, control);
  const done = list.filter((r) => r.outcome === 'done').length;
  const refused = list.filter((r) => r.outcome !== 'done');
  let text = `${control.label}: ${done} done`;
  if (refused.length > 0) {
    text += `, ${refused.length} refused — ` + refused.slice(0, 3).map((r) => `${r.job_id}: ${r.error ? r.error.message : 'refused'}`).join('; ');
  }
  show(text);
}

function show(text) {
  const target = $('job-view').hidden ? $('outcome') : $('job-outcome');
  target.textContent = text;
}

start();
