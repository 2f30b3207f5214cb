// The live feed: server-sent events made of the account's stored events, each with its sequence
// number as the event id. The browser resends the last id when it reconnects (Last-Event-ID), and
// a stream that falls silent (a laptop that slept, a network that changed) is opened again after
// the last event shown, so what the page shows catches up with the farm. Changes are applied once
// per animation frame, however many arrive.

const PING_SECONDS = 10;
const SILENT_MS = PING_SECONDS * 3 * 1000;

export class Live {
  /**
   * @param after the sequence number the page's jobs are as of
   * @param apply called once per frame with the changes that arrived ({event, job?}), in order
   * @param state called with 'live', 'reconnecting' or 'ended'
   */
  constructor(after, apply, state) {
    this.last = after;
    this.apply = apply;
    this.state = state;
    this.queue = [];
    this.frame = 0;
    this.heard = Date.now();
    this.watch = setInterval(() => this.checkSilence(), 5000);
    this.wake = () => {
      if (document.visibilityState === 'visible') this.checkSilence(PING_SECONDS * 1000);
    };
    document.addEventListener('visibilitychange', this.wake);
    window.addEventListener('online', this.reopenNow = () => this.open());
    this.open();
  }

  open() {
    if (this.source) this.source.close();
    const source = new EventSource('/web/events?after=' + this.last);
    this.source = source;
    this.heard = Date.now();
    source.addEventListener('open', () => {
      this.heard = Date.now();
      this.state('live');
    });
    source.addEventListener('ping', () => {
      this.heard = Date.now();
    });
    source.addEventListener('change', (e) => {
      this.heard = Date.now();
      const change = JSON.parse(e.data);
      this.queue.push(change);
      if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
    });
    source.addEventListener('error', () => {
      if (source !== this.source) return;
      // EventSource retries by itself with Last-Event-ID; once it gives up (the farm refused the
      // stream, e.g. the session ended) the page decides what to do.
      this.state(source.readyState === EventSource.CLOSED ? 'ended' : 'reconnecting');
    });
  }

  /** Opens the stream again when nothing was heard for longer than `quiet` ms. */
  checkSilence(quiet = SILENT_MS) {
    if (Date.now() - this.heard > quiet) {
      this.state('reconnecting');
      this.open();
    }
  }

  flush() {
    this.frame = 0;
    const batch = [];
    for (const change of this.queue) {
      if (change.event.seq <= this.last) continue; // a duplicate after a reconnect
      this.last = change.event.seq;
      batch.push(change);
    }
    this.queue = [];
    if (batch.length > 0) {
      const started = performance.now();
      this.apply(batch);
      document.body.dataset.seq = String(this.last);
      const applied = (document.body.dataset.applied = String(Number(document.body.dataset.applied || 0) + batch.length));
      performance.measure('farmhand-apply', { start: started, end: performance.now(), detail: { events: batch.length, applied } });
    }
  }

  close() {
    clearInterval(this.watch);
    document.removeEventListener('visibilitychange', this.wake);
    window.removeEventListener('online', this.reopenNow);
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.source) this.source.close();
    this.source = null;
  }
}
