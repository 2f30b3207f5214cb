package dev.farmhand.host.panel;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.NotFoundException;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Job;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The account's jobs, kept current from push notices: it subscribes first, then reads every job
 * once; each notice puts the job's new status into {@link PendingChanges} at once and marks the job
 * to be read again (for its figures), at most every {@value #REFRESH_MS} ms however many notices
 * came. Whether it is live is its {@link #link()}: a farm that does not answer, or notices that
 * stopped, show as lost; when the farm answers again every job is read anew, and the notice
 * subscriber catches up by itself. Threads are daemons; {@link #close()} stops them. Thread-safe.
 */
final class LiveJobs implements AutoCloseable {
  static final int REFRESH_MS = 200;
  private static final Duration GRACE = Duration.ofSeconds(3);
  private static final Duration PROBE = Duration.ofSeconds(2);
  private static final String FARM_DOWN = "The farm does not answer: ";

  private final FarmClient client;
  private final String key;
  private final PendingChanges changes;
  private final ScheduledExecutorService worker;
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private final long startNanos = System.nanoTime();
  private volatile NoticeSubscriber notices;
  // Guarded by this, with notices: set by close(), so a subscriber that starts after is closed.
  private boolean closed;
  private volatile String farmProblem;
  private volatile LinkState link = LinkState.LIVE;
  private long lastFarmCheck;

  LiveJobs(FarmClient client, String key, PendingChanges changes) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = Objects.requireNonNull(key, "key");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "panel-live-jobs");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Subscribes and reads every job, in the background; then keeps rows current. */
  void start() {
    worker.execute(this::connect);
    worker.scheduleWithFixedDelay(
        this::refreshDirty, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    worker.scheduleWithFixedDelay(this::checkLink, 500, 500, TimeUnit.MILLISECONDS);
  }

  /** Whether rows follow the farm now, and if not, why. */
  LinkState link() {
    return link;
  }

  /** Reads this job again soon (after a control, say). */
  void refreshSoon(String jobId) {
    dirty.add(jobId);
  }

  /** Subscribes (once), then reads every job; tried again in 2 s until both are done. */
  private void connect() {
    try {
      if (notices == null) {
        NoticeSubscriber started =
            NoticeSubscriber.builder(client, key)
                .name("panel-" + Long.toHexString(ThreadLocalRandom.current().nextLong()))
                .backoff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .start(this::onEvent);
        synchronized (this) {
          if (closed) {
            // Closed while it started: it must not go on following the farm.
            started.close();
            return;
          }
          notices = started;
        }
      }
      reload();
    } catch (IOException e) {
      farmProblem = e.getMessage();
      worker.schedule(this::connect, 2, TimeUnit.SECONDS);
    }
  }

  private void reload() throws IOException {
    List<Job> jobs = client.allJobs(Set.of());
    changes.reload(jobs);
    farmProblem = null;
  }

  private void onEvent(Event event) {
    if (event.jobId() == null) {
      return;
    }
    if (event.jobStatus() != null) {
      changes.add(RowChange.status(event.jobId(), event.jobStatus()));
    }
    dirty.add(event.jobId());
  }

  private void refreshDirty() {
    List<String> ids = new ArrayList<>(dirty);
    for (String id : ids) {
      dirty.remove(id);
      try {
        changes.add(RowChange.job(client.job(id)));
        farmProblem = null;
      } catch (NotFoundException e) {
        // Another account's, or gone: nothing to show.
      } catch (IOException e) {
        farmProblem = e.getMessage();
        dirty.add(id);
        return;
      } catch (RuntimeException e) {
        farmProblem = "the farm's answer for job " + id + " could not be read: " + e.getMessage();
        return;
      }
    }
  }

  private void checkLink() {
    NoticeSubscriber subscriber = notices;
    boolean connected = subscriber != null && subscriber.stats().connected();
    long now = System.nanoTime();
    if ((!connected || farmProblem != null) && now - lastFarmCheck > PROBE.toNanos()) {
      lastFarmCheck = now;
      try {
        client.events(0, 0);
        farmProblem = null;
      } catch (IOException | RuntimeException e) {
        farmProblem = e.getMessage();
      }
    }
    boolean farmWasDown = !link.live() && link.message().startsWith(FARM_DOWN);
    String problem = farmProblem;
    LinkState next;
    if (problem != null) {
      next = LinkState.lost(FARM_DOWN + problem + ". Retrying…");
    } else if (connected || now - startNanos < GRACE.toNanos()) {
      next = LinkState.LIVE;
    } else if (subscriber == null) {
      next = LinkState.lost("Connecting to the farm's live updates…");
    } else {
      String why = subscriber.stats().lastError();
      next =
          LinkState.lost(
              "Live updates lost"
                  + (why == null ? "" : " (" + why + ")")
                  + ": reconnecting; the farm is read every 2 s meanwhile.");
    }
    if (farmWasDown && problem == null && subscriber != null) {
      try {
        reload();
      } catch (IOException e) {
        next = LinkState.lost(FARM_DOWN + e.getMessage() + ". Retrying…");
      }
    }
    link = next;
  }

  @Override
  public void close() {
    worker.shutdownNow();
    NoticeSubscriber subscriber;
    synchronized (this) {
      closed = true;
      subscriber = notices;
    }
    if (subscriber != null) {
      subscriber.close();
    }
  }
}
