package dev.farmhand.farm.web;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.JobViews;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.EventRepository;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web page's live feed: server-sent events made of the account's own stored events, the same
 * ones {@code GET /api/v1/events} serves and MQTT pushes, each with its {@code seq} as the SSE id.
 * A stream starts after the sequence number the page names (or the browser's {@code Last-Event-ID}
 * when it reconnects), sends every event after it in order, then each new one as the journal
 * commits it, for as long as the browser's session lasts. The last event of each job in a batch
 * carries the job as {@code GET /jobs/{id}} serves it now, so the page shows the truth without
 * asking again. A {@code ping} every {@link #PING_SECONDS} seconds tells a page its stream is
 * alive. Thread-safe.
 */
public final class EventStreams implements AutoCloseable {
  /** Seconds between pings; a page that hears nothing for three of them reconnects. */
  public static final int PING_SECONDS = 10;

  private static final Logger LOG = Logger.getLogger(EventStreams.class.getName());
  private static final int BATCH = 500;

  private final Database database;
  private final JobJournal journal;
  private final WebSessions sessions;
  private final Clock clock;
  private final EventRepository events = new EventRepository();
  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
  private final ExecutorService senders =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "web-events");
            thread.setDaemon(true);
            return thread;
          });
  private final ScheduledExecutorService pings =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "web-events-ping");
            thread.setDaemon(true);
            return thread;
          });

  /** One browser's stream. Its sends are made one at a time, under its lock. */
  private final class Stream {
    final SseClient client;
    final String account;
    final String session;
    final AtomicBoolean queued = new AtomicBoolean();
    long last;

    Stream(SseClient client, WebSession session, long last) {
      this.client = client;
      this.account = session.principal().account();
      this.session = session.id();
      this.last = last;
    }

    void schedule() {
      if (queued.compareAndSet(false, true)) {
        senders.execute(this::drain);
      }
    }

    synchronized void drain() {
      queued.set(false);
      try {
        while (!client.terminated()) {
          long from = last;
          List<Event> page = database.transaction(c -> events.after(c, account, from, BATCH));
          if (page.isEmpty()) {
            return;
          }
          send(page);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "a web event stream of account " + account + " ended", e);
        close();
      }
    }

    private void send(List<Event> page) {
      Map<String, Integer> lastOfJob = new HashMap<>();
      for (int i = 0; i < page.size(); i++) {
        if (page.get(i).jobId() != null) {
          lastOfJob.put(page.get(i).jobId(), i);
        }
      }
      for (int i = 0; i < page.size(); i++) {
        Event event = page.get(i);
        Job job = null;
        if (event.jobId() != null && lastOfJob.get(event.jobId()) == i) {
          job = JobViews.job(journal.read(event.jobId()), clock.instant());
        }
        client.sendEvent(
            "change", Json.write(new PageChange(event, job)), String.valueOf(event.seq()));
        last = event.seq();
      }
    }

    synchronized void ping() {
      if (client.terminated() || sessions.find(session).isEmpty()) {
        close();
        return;
      }
      try {
        client.sendEvent("ping", "{\"last\":" + last + "}");
      } catch (RuntimeException e) {
        close();
      }
    }

    void close() {
      streams.remove(this);
      client.close();
    }
  }

  /**
   * What one SSE message carries.
   *
   * @param event the stored event, as REST serves it
   * @param job the job as it is now, on the last event of each job in a batch; otherwise absent
   */
  public record PageChange(Event event, @Nullable Job job) {}

  /**
   * @param sessions a stream ends with its session: at log out at once, otherwise at the next ping
   *     after it expired; an open stream counts as using its session
   */
  public EventStreams(Database database, JobJournal journal, WebSessions sessions, Clock clock) {
    this.database = database;
    this.journal = journal;
    this.sessions = sessions;
    this.clock = clock;
    pings.scheduleAtFixedRate(
        () -> streams.forEach(s -> senders.execute(s::ping)),
        PING_SECONDS,
        PING_SECONDS,
        TimeUnit.SECONDS);
  }

  /**
   * Keeps the browser's connection open and streams the account's events after {@code after}: the
   * ones kept already at once, then each new one.
   */
  public void open(SseClient client, WebSession session, long after) {
    Stream stream = new Stream(client, session, after);
    client.keepAlive();
    client.onClose(() -> streams.remove(stream));
    streams.add(stream);
    stream.schedule();
  }

  /** Tells the account's streams that it has new events. Cheap; called by the journal. */
  public void wake(String account) {
    for (Stream stream : streams) {
      if (stream.account.equals(account)) {
        stream.schedule();
      }
    }
  }

  /** Ends the streams of a session that ended. */
  public void endSession(String sessionId) {
    for (Stream stream : streams) {
      if (stream.session.equals(sessionId)) {
        stream.close();
      }
    }
  }

  /** How many streams are open. */
  public int size() {
    return streams.size();
  }

  @Override
  public void close() {
    pings.shutdownNow();
    for (Stream stream : streams) {
      stream.close();
    }
    senders.shutdownNow();
  }
}
