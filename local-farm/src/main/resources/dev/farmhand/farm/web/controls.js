// The controls on selected jobs: the toolbar, the right-click menu and the dialogs. Which control
// applies to which status, and why not, comes from the farm's control table (GET /web/session);
// nothing here decides it.

import { act, FarmError } from './api.js';

const DIALOG = new Set(['kill', 'set_priority']);

export class Controls {
  /**
   * @param controls the session's controls: {id, label, effect, refused: {status: sentence}}
   * @param onResults called with (control, results) after each action
   */
  constructor(controls, onResults) {
    this.controls = controls;
    this.onResults = onResults;
    this.menu = document.getElementById('menu');
    this.menu.addEventListener('keydown', (e) => this.menuKey(e));
    document.addEventListener('pointerdown', (e) => {
      if (!this.menu.hidden && !this.menu.contains(e.target)) this.closeMenu(false);
    });
    window.addEventListener('blur', () => this.closeMenu(false));
  }

  /** Which of the jobs a control applies to, and why not for the others. */
  assess(control, jobs) {
    const applies = [];
    const refused = [];
    for (const job of jobs) {
      const reason = control.refused[job.status];
      if (reason) refused.push({ job, reason });
      else applies.push(job);
    }
    return { applies, refused };
  }

  /** The tooltip: what it does, or why it is greyed. */
  explain(control, jobs, { applies, refused }) {
    if (jobs.length === 0) return 'Select one or more jobs first';
    if (refused.length === 0) return `${control.label}: ${control.effect}`;
    const reasons = refused.slice(0, 5).map((r) => `${r.job.id}: ${r.reason}`);
    if (refused.length > 5) reasons.push(`… and ${refused.length - 5} more`);
    const head = applies.length === 0
      ? ''
      : `Applies to ${applies.length} of ${jobs.length} selected jobs; the others are left alone.\n`;
    return head + reasons.join('\n');
  }

  /** One button per control, greyed (aria-disabled, reason in the title) where none applies. */
  buttons(jobs, role) {
    return this.controls.map((control) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.control = control.id;
      if (role) button.setAttribute('role', role);
      button.textContent = control.label + (DIALOG.has(control.id) ? '…' : '');
      const assessed = this.assess(control, jobs);
      const greyed = assessed.applies.length === 0;
      button.setAttribute('aria-disabled', String(greyed));
      button.title = this.explain(control, jobs, assessed);
      button.addEventListener('click', () => {
        if (role === 'menuitem') this.closeMenu(true);
        if (greyed) {
          this.onResults(control, [], button.title);
          return;
        }
        this.run(control, assessed.applies);
      });
      return button;
    });
  }

  /** Refills a toolbar for the jobs selected now. */
  fillToolbar(toolbar, jobs) {
    toolbar.replaceChildren(...this.buttons(jobs, null));
  }

  /** Opens the menu at (x, y) for these jobs; focus goes back to `returnTo` when it closes. */
  openMenu(x, y, jobs, returnTo) {
    this.returnTo = returnTo;
    this.menu.replaceChildren(...this.buttons(jobs, 'menuitem'));
    this.menu.hidden = false;
    const box = this.menu.getBoundingClientRect();
    this.menu.style.left = Math.max(0, Math.min(x, window.innerWidth - box.width - 4)) + 'px';
    this.menu.style.top = Math.max(0, Math.min(y, window.innerHeight - box.height - 4)) + 'px';
    const first = this.menu.querySelector('[aria-disabled="false"]') || this.menu.firstChild;
    if (first) first.focus();
  }

  closeMenu(keepFocus) {
    if (this.menu.hidden) return;
    this.menu.hidden = true;
    if (!keepFocus && this.returnTo) this.returnTo.focus();
  }

  menuKey(e) {
    const items = [...this.menu.children];
    const at = items.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length].focus();
    } else if (e.key === 'Home') items[0].focus();
    else if (e.key === 'End') items[items.length - 1].focus();
    else if (e.key === 'Escape' || e.key === 'Tab') this.closeMenu(false);
    else return;
    e.preventDefault();
  }

  /** Applies the control to the jobs it applies to; Kill offers Hold first, Set Priority asks. */
  async run(control, jobs) {
    const ids = jobs.map((j) => j.id);
    try {
      if (control.id === 'kill') {
        const choice = await killChoice(jobs);
        if (choice === 'cancel') return;
        if (choice === 'hold-kill') {
          const holdable = jobs.filter((j) => !this.refusedFor('hold', j)).map((j) => j.id);
          if (holdable.length > 0) await act('hold', holdable);
        }
        this.onResults(control, await act('kill', ids));
      } else if (control.id === 'set_priority') {
        const priority = await askPriority(jobs);
        if (priority === null) return;
        this.onResults(control, await act('set_priority', ids, priority));
      } else {
        this.onResults(control, await act(control.id, ids));
      }
    } catch (e) {
      this.onResults(control, [], e instanceof FarmError ? e.message : String(e), e);
    }
  }

  refusedFor(controlId, job) {
    const control = this.controls.find((c) => c.id === controlId);
    return control ? control.refused[job.status] : 'not allowed';
  }
}

function killChoice(jobs) {
  const dialog = document.getElementById('kill-dialog');
  document.getElementById('kill-title').textContent = `Kill ${jobs.length === 1 ? jobs[0].title : jobs.length + ' jobs'}`;
  document.getElementById('kill-text').textContent =
    'Kill stops the running tasks; the queued ones still run unless the job is held first. ' +
    'Hold and Kill stops it all.';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue || 'cancel'), { once: true });
    dialog.returnValue = 'cancel';
    dialog.showModal();
  });
}

function askPriority(jobs) {
  const dialog = document.getElementById('priority-dialog');
  const input = document.getElementById('priority-value');
  const error = document.getElementById('priority-error');
  input.value = jobs.length === 1 ? jobs[0].priority : '';
  error.textContent = '';
  return new Promise((resolve) => {
    const check = (e) => {
      if (e.submitter && e.submitter.value === 'set') {
        const value = Number(input.value);
        if (input.value === '' || !Number.isInteger(value) || value < 0 || value > 100) {
          e.preventDefault();
          error.textContent = 'Give a whole number from 0 to 100.';
          input.focus();
        }
      }
    };
    const form = dialog.querySelector('form');
    form.addEventListener('submit', check);
    dialog.addEventListener('close', () => {
      form.removeEventListener('submit', check);
      resolve(dialog.returnValue === 'set' ? Number(input.value) : null);
    }, { once: true });
    dialog.returnValue = 'cancel';
    dialog.showModal();
    input.focus();
  });
}
