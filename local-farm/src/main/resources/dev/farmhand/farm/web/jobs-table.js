// The "My Jobs" table: one real row per job, made once and then changed cell by cell, so thousands
// of rows stay quick. Selection by click, Shift-click, Ctrl/Cmd-click and the keyboard.

import { duration, when } from './format.js';
import { tableKey } from './table-keys.js';

const COLUMNS = 9;

export class JobsTable {
  /**
   * @param statusLabels wire name -> label
   * @param handlers {onSelection(), onOpen(id), onMenu(x, y)}
   */
  constructor(statusLabels, handlers) {
    this.labels = statusLabels;
    this.handlers = handlers;
    this.table = document.getElementById('jobs');
    this.body = document.getElementById('rows');
    this.empty = document.getElementById('empty');
    this.jobs = new Map(); // id -> job
    this.rows = new Map(); // id -> tr
    this.selected = new Set();
    this.anchor = null;
    this.active = null;
    this.filter = '';
    this.ticking = new Map(); // id -> {base, at}: jobs whose elapsed time runs on between events
    setInterval(() => this.tick(), 1000);
    this.prototype = document.createElement('tr');
    this.prototype.setAttribute('role', 'row');
    for (let i = 0; i < COLUMNS; i++) {
      const cell = document.createElement('td');
      cell.setAttribute('role', 'gridcell');
      this.prototype.appendChild(cell);
    }
    this.prototype.cells[0].appendChild(document.createElement('span')).className = 'status';
    const link = document.createElement('a');
    link.tabIndex = -1;
    this.prototype.cells[1].appendChild(link);
    this.body.addEventListener('click', (e) => this.click(e));
    this.body.addEventListener('contextmenu', (e) => this.contextMenu(e));
    this.table.addEventListener('keydown', (e) => tableKey(this, e));
  }

  /** Shows these jobs (newest first), replacing any shown. */
  load(jobs) {
    this.jobs.clear();
    this.rows.clear();
    this.ticking.clear();
    const fragment = document.createDocumentFragment();
    for (const job of jobs) fragment.appendChild(this.row(job));
    this.body.replaceChildren(fragment);
    this.selected.clear();
    this.recount();
  }

  /** Applies jobs as they are now: changed rows are updated, new ones added on top. */
  update(jobs) {
    const fresh = [];
    let selectedChanged = false;
    for (const job of jobs) {
      const tr = this.rows.get(job.id);
      if (!tr) {
        fresh.push(job);
        continue;
      }
      const wasHidden = tr.hidden;
      this.fill(tr, job);
      if (tr.hidden !== wasHidden) this.shown += tr.hidden ? -1 : 1;
      if (this.selected.has(job.id)) {
        selectedChanged = true;
        if (tr.hidden) {
          this.selected.delete(job.id);
          mark(tr, false);
        }
      }
    }
    if (fresh.length > 0) {
      fresh.sort((a, b) => (a.submitted_at < b.submitted_at ? 1 : -1));
      const fragment = document.createDocumentFragment();
      for (const job of fresh) fragment.appendChild(this.row(job));
      this.body.insertBefore(fragment, this.body.firstChild);
      for (const job of fresh) if (!this.rows.get(job.id).hidden) this.shown++;
    }
    this.empty.hidden = this.shown > 0;
    // The toolbar depends on the selected jobs' statuses only: leave it alone otherwise.
    if (selectedChanged || fresh.length > 0) this.handlers.onSelection();
    else this.handlers.onCount();
  }

  row(job) {
    const tr = this.prototype.cloneNode(true);
    tr.id = 'job-' + job.id;
    tr.dataset.id = job.id;
    tr.setAttribute('aria-selected', 'false');
    tr.cells[1].firstChild.href = '#/jobs/' + encodeURIComponent(job.id);
    this.rows.set(job.id, tr);
    this.fill(tr, job);
    return tr;
  }

  fill(tr, job) {
    const old = this.jobs.get(job.id);
    this.jobs.set(job.id, job);
    const s = job.stats;
    const cells = tr.cells;
    if (!old || old.status !== job.status) {
      const badge = cells[0].firstChild;
      badge.className = 'status s-' + job.status;
      badge.textContent = this.labels.get(job.status) || job.status;
      tr.dataset.status = job.status;
      tr.hidden = this.filter !== '' && this.filter !== job.status;
    }
    if (!old || old.title !== job.title) cells[1].firstChild.textContent = job.title;
    set(cells[2], `${s.frames_done} / ${s.frames_total}`);
    set(cells[3], String(s.frames_failed));
    set(cells[4], String(s.frames_running));
    set(cells[5], String(job.priority));
    if (!old) set(cells[6], when(job.submitted_at));
    set(cells[7], duration(s.elapsed_seconds));
    if (job.started_at && !job.finished_at) this.ticking.set(job.id, { base: s.elapsed_seconds, at: performance.now() });
    else this.ticking.delete(job.id);
  }

  /** Moves the elapsed time of the jobs still at work on, between their events. */
  tick() {
    const now = performance.now();
    for (const [id, t] of this.ticking) {
      const tr = this.rows.get(id);
      if (tr) set(tr.cells[7], duration(t.base + (now - t.at) / 1000));
    }
  }

  /** Shows the outcome of the last control on a job: done, or refused and why. */
  outcome(result, control) {
    const tr = this.rows.get(result.job_id);
    if (!tr) return;
    const cell = tr.cells[8];
    if (result.outcome === 'done') {
      cell.textContent = `${control.label}: done`;
      cell.className = 'ok';
      cell.title = '';
    } else {
      cell.textContent = `${control.label}: refused`;
      cell.className = 'refused';
      cell.title = result.error ? result.error.message : 'refused';
    }
  }

  setFilter(status) {
    this.filter = status;
    for (const [id, tr] of this.rows) {
      tr.hidden = status !== '' && tr.dataset.status !== status;
      if (tr.hidden && this.selected.delete(id)) mark(tr, false);
    }
    this.recount();
  }

  visibleIds() {
    const ids = [];
    for (const tr of this.body.rows) if (!tr.hidden) ids.push(tr.dataset.id);
    return ids;
  }

  selectedJobs() {
    return [...this.selected].map((id) => this.jobs.get(id)).filter(Boolean);
  }

  /** Counts the rows shown (after a load or a new filter) and tells the page. */
  recount() {
    let shown = 0;
    for (const tr of this.body.rows) if (!tr.hidden) shown++;
    this.shown = shown;
    this.empty.hidden = shown > 0;
    this.handlers.onSelection();
  }

  /** Makes exactly these ids the selection, touching only rows that change. */
  select(ids) {
    const next = new Set(ids);
    for (const id of this.selected) if (!next.has(id)) mark(this.rows.get(id), false);
    for (const id of next) if (!this.selected.has(id)) mark(this.rows.get(id), true);
    this.selected = next;
    this.handlers.onSelection();
  }

  setActive(id) {
    if (this.active && this.rows.has(this.active)) this.rows.get(this.active).classList.remove('active');
    this.active = id;
    const tr = this.rows.get(id);
    if (!tr) return;
    tr.classList.add('active');
    this.table.setAttribute('aria-activedescendant', tr.id);
    tr.scrollIntoView({ block: 'nearest' });
  }

  range(from, to) {
    const ids = this.visibleIds();
    let a = ids.indexOf(from);
    let b = ids.indexOf(to);
    if (a < 0) a = b;
    if (a > b) [a, b] = [b, a];
    return ids.slice(a, b + 1);
  }

  click(e) {
    const tr = e.target.closest('tr');
    if (!tr || !tr.dataset.id) return;
    const id = tr.dataset.id;
    if (e.target.closest('a')) {
      if (e.ctrlKey || e.metaKey || e.shiftKey) e.preventDefault();
      else return;
    }
    if (e.shiftKey && this.anchor) {
      const ids = this.range(this.anchor, id);
      this.select(e.ctrlKey || e.metaKey ? [...this.selected, ...ids] : ids);
    } else if (e.ctrlKey || e.metaKey) {
      const next = new Set(this.selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      this.select(next);
      this.anchor = id;
    } else {
      this.select([id]);
      this.anchor = id;
    }
    this.setActive(id);
    this.table.focus({ preventScroll: true });
  }

  contextMenu(e) {
    const tr = e.target.closest('tr');
    if (!tr || !tr.dataset.id) return;
    e.preventDefault();
    if (!this.selected.has(tr.dataset.id)) {
      this.select([tr.dataset.id]);
      this.anchor = tr.dataset.id;
    }
    this.setActive(tr.dataset.id);
    this.handlers.onMenu(e.clientX, e.clientY);
  }

  /** Opens the controls under the active row (from the keyboard). */
  menuAtActive() {
    if (this.active && !this.selected.has(this.active)) this.select([this.active]);
    const tr = this.rows.get(this.active) || this.body.rows[0];
    const box = tr ? tr.getBoundingClientRect() : this.table.getBoundingClientRect();
    this.handlers.onMenu(box.left + 40, box.bottom);
  }
}

function set(cell, text) {
  if (cell.textContent !== text) cell.textContent = text;
}

function mark(tr, on) {
  if (!tr) return;
  tr.setAttribute('aria-selected', String(on));
  tr.classList.toggle('selected', on);
}
