// One job: its facts, scout frames (with Approve and Reject), tasks with their logs, outputs.

import { act, allOf, get, FarmError } from './api.js';
import { duration, size, when } from './format.js';

const $ = (id) => document.getElementById(id);

export class JobPage {
  /**
   * @param statusLabels wire name -> label
   * @param controls the page's Controls
   */
  constructor(statusLabels, controls) {
    this.labels = statusLabels;
    this.controls = controls;
    this.id = null;
    this.job = null;
    this.refreshing = null;
    this.again = false;
    $('approve').addEventListener('click', () => this.scoutAction('unhold'));
    $('reject').addEventListener('click', () => this.scoutAction('kill'));
  }

  /** Shows the job with this id, read from the farm now. */
  async show(id) {
    this.id = id;
    this.job = null;
    $('job-error').textContent = '';
    $('job-title').textContent = id;
    $('job-status').textContent = '';
    $('job-outcome').textContent = '';
    $('log-section').hidden = true;
    for (const part of ['job-facts', 'tasks', 'outputs', 'scout-frames', 'job-toolbar']) $(part).replaceChildren();
    $('scouts').hidden = true;
    await this.refresh();
  }

  /** Reads the job again; calls made while one runs are folded into one more. */
  refresh() {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = this.load().finally(() => {
      this.refreshing = null;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
    return this.refreshing;
  }

  async load() {
    const id = this.id;
    const base = '/api/v1/jobs/' + encodeURIComponent(id);
    let job, tasks, outputs;
    try {
      [job, tasks, outputs] = await Promise.all([get(base), allOf(base + '/tasks', 'tasks'), allOf(base + '/outputs', 'outputs')]);
    } catch (e) {
      if (id !== this.id) return;
      $('job-error').textContent = e instanceof FarmError ? e.message : String(e);
      return;
    }
    if (id !== this.id) return;
    this.job = job;
    this.render(job, tasks, outputs);
  }

  render(job, tasks, outputs) {
    $('job-title').textContent = job.title;
    const badge = $('job-status');
    badge.className = 'status s-' + job.status;
    badge.textContent = this.labels.get(job.status) || job.status;
    const s = job.stats;
    facts([
      ['Job', job.id],
      ['Frames', `${s.frames_done} / ${s.frames_total} done, ${s.frames_failed} failed, ${s.frames_running} running, ${s.frames_holding} holding`],
      ['Priority', String(job.priority)],
      ['Renderer', job.renderer],
      ['Scene', job.scene],
      ['Scouts', job.scouts || 'none'],
      ['Submitted', `${when(job.submitted_at)} by ${job.user}`],
      ['Elapsed', duration(s.elapsed_seconds)],
      ['Render time', duration(s.render_seconds)],
      ['Time left', s.eta_seconds == null ? '—' : duration(s.eta_seconds)],
    ]);
    this.controls.fillToolbar($('job-toolbar'), [job]);
    this.renderTasks(job, tasks);
    this.renderOutputs(job, outputs);
    this.renderScouts(job, tasks, outputs);
  }

  renderTasks(job, tasks) {
    const rows = tasks.map((t) => {
      const tr = document.createElement('tr');
      const frames = t.frames.length === 1 ? String(t.frames[0]) : `${t.frames[0]}–${t.frames[t.frames.length - 1]}`;
      for (const text of [t.id + (t.scout ? ' (scout)' : ''), frames, t.status.charAt(0).toUpperCase() + t.status.slice(1), String(t.attempts), t.worker || '—', when(t.started_at), when(t.finished_at), t.failure || '']) {
        tr.appendChild(document.createElement('td')).textContent = text;
      }
      tr.cells[2].className = 'task-' + t.status;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Show log';
      button.setAttribute('aria-label', `Show the log of task ${t.id}`);
      button.addEventListener('click', () => this.showLog(job.id, t.id));
      tr.appendChild(document.createElement('td')).appendChild(button);
      return tr;
    });
    $('tasks').replaceChildren(...rows);
  }

  async showLog(jobId, taskId) {
    $('log-section').hidden = false;
    $('log-title').textContent = `Log of ${taskId}`;
    const response = await fetch(`/api/v1/jobs/${encodeURIComponent(jobId)}/tasks/${encodeURIComponent(taskId)}/log`, { credentials: 'same-origin', cache: 'no-store' });
    const text = await response.text();
    $('log').textContent = response.ok ? text || '(empty: the task has not written anything yet)' : `The farm refused the log (${response.status}).`;
    $('log').focus();
  }

  renderOutputs(job, outputs) {
    const rows = outputs.map((o) => {
      const tr = document.createElement('tr');
      const link = document.createElement('a');
      link.href = outputUrl(job.id, o);
      link.download = o.path.split('/').pop();
      link.textContent = o.path;
      tr.appendChild(document.createElement('td')).appendChild(link);
      for (const text of [size(o.size), o.frame == null ? '—' : String(o.frame), o.task_id]) {
        tr.appendChild(document.createElement('td')).textContent = text;
      }
      tr.cells[1].className = 'number';
      return tr;
    });
    $('outputs').replaceChildren(...rows);
  }

  renderScouts(job, tasks, outputs) {
    const scoutTasks = new Set(tasks.filter((t) => t.scout).map((t) => t.id));
    $('scouts').hidden = scoutTasks.size === 0;
    const frames = outputs
      .filter((o) => scoutTasks.has(o.task_id) && /\.(png|jpe?g)$/i.test(o.path))
      .map((o) => {
        const figure = document.createElement('figure');
        const img = figure.appendChild(document.createElement('img'));
        img.src = outputUrl(job.id, o);
        img.alt = `Scout frame ${o.frame == null ? o.path : o.frame}`;
        img.loading = 'lazy';
        figure.appendChild(document.createElement('figcaption')).textContent = `frame ${o.frame == null ? '—' : o.frame} · ${size(o.size)}`;
        return figure;
      });
    $('scout-frames').replaceChildren(...frames);
    for (const [button, control] of [['approve', 'unhold'], ['reject', 'kill']]) {
      const reason = job.status === 'holding' ? null : this.controls.refusedFor(control, job) || `the scouts are not waiting for approval: the job is ${this.labels.get(job.status)}`;
      $(button).setAttribute('aria-disabled', String(reason !== null));
      $(button).title = reason || (control === 'unhold' ? 'Render the rest of the frames' : 'Kill the job: nothing more renders');
    }
  }

  async scoutAction(controlId) {
    if (!this.job) return;
    const button = $(controlId === 'unhold' ? 'approve' : 'reject');
    if (button.getAttribute('aria-disabled') === 'true') {
      $('job-outcome').textContent = button.title;
      return;
    }
    const control = this.controls.controls.find((c) => c.id === controlId);
    try {
      this.controls.onResults(control, await act(controlId, [this.job.id]));
    } catch (e) {
      this.controls.onResults(control, [], e instanceof FarmError ? e.message : String(e), e);
    }
    await this.refresh();
  }
}

function outputUrl(jobId, output) {
  return `/api/v1/jobs/${encodeURIComponent(jobId)}/outputs/${output.sha256}`;
}

function facts(pairs) {
  const list = $('job-facts');
  const parts = [];
  for (const [term, value] of pairs) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    parts.push(dt, dd);
  }
  list.replaceChildren(...parts);
}
