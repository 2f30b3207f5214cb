package dev.farmhand.core.notices;

import dev.farmhand.core.client.FarmException;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping that turns MQTT's at-least-once, maybe-lossy push into every event once, in
 * order: it keeps the last {@code seq} handed on; a pushed event at or below it is a duplicate and
 * dropped; one just after it is handed on; one further on is a gap, so it first catches up through
 * REST ({@code events?after=last}, page by page) and hands on what it reads. A failed catch-up is
 * remembered ({@link #catchUpPending()}) for the next poll.
 *
 * <p>Not thread-safe: confined to one thread (the subscriber's dispatcher), except the counters and
 * {@link #last()}, which any thread may read.
 */
final class EventSequencer {
  static final int PAGE = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(EventSequencer.class);

  private final EventSource source;
  private final Consumer<Event> sink;
  private final @Nullable SeqFile seqFile;
  private volatile long last;
  private boolean pending;
  final AtomicLong delivered = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();
  final AtomicLong gaps = new AtomicLong();
  final AtomicLong catchUps = new AtomicLong();

  /**
   * @param after the last sequence number already handed on; events after it come next
   * @param sink receives each event once, in order; it must not throw
   * @param seqFile where to store the last sequence number after each event, or null
   */
  EventSequencer(long after, EventSource source, Consumer<Event> sink, @Nullable SeqFile seqFile) {
    this.last = after;
    this.source = source;
    this.sink = sink;
    this.seqFile = seqFile;
  }

  long last() {
    return last;
  }

  boolean catchUpPending() {
    return pending;
  }

  /** An event MQTT delivered: dropped, handed on, or handed on after a catch-up. */
  void onPush(Event event) {
    if (event.seq() <= last) {
      duplicates.incrementAndGet();
      return;
    }
    if (event.seq() > last + 1) {
      gaps.incrementAndGet();
      LOG.debug("seq jumped from {} to {}: catching up", last, event.seq());
      catchUp();
      if (event.seq() != last + 1) {
        // Caught up past it (it came over REST too), or the catch-up failed and is pending.
        return;
      }
    }
    deliver(event);
  }

  /**
   * Reads every event after the last one handed on, page by page, and hands them on.
   *
   * @return true when it read up to the farm's latest event; false when it failed (logged, and
   *     pending for the next try)
   */
  boolean catchUp() {
    catchUps.incrementAndGet();
    try {
      EventPage page;
      do {
        page = source.events(last, PAGE);
        for (Event event : page.events()) {
          if (event.seq() > last) {
            if (event.seq() != last + 1) {
              LOG.warn("the farm's events jump from seq {} to {}", last, event.seq());
            }
            deliver(event);
          }
        }
      } while (page.hasMore());
      pending = false;
      return true;
    } catch (FarmException e) {
      if (e.code() == ErrorCode.EVENTS_EXPIRED) {
        return skipExpired(e);
      }
      return failed(e);
    } catch (IOException e) {
      return failed(e);
    } catch (RuntimeException e) {
      // A malformed page: treat as a failure and try again later rather than kill the dispatcher.
      return failed(e);
    }
  }

  private boolean skipExpired(FarmException expired) {
    try {
      long latest = source.events(0, 0).latestSeq();
      LOG.warn(
          "{}: events {} to {} are gone; continuing after {}",
          expired.getMessage(),
          last + 1,
          latest,
          latest);
      store(latest);
      last = latest;
      pending = false;
      return true;
    } catch (IOException e) {
      return failed(e);
    }
  }

  private boolean failed(Exception e) {
    pending = true;
    LOG.warn(
        "catching up on events after seq {} failed, trying again later: {}", last, e.toString());
    return false;
  }

  private void deliver(Event event) {
    sink.accept(event);
    last = event.seq();
    delivered.incrementAndGet();
    store(last);
  }

  private void store(long seq) {
    if (seqFile == null) {
      return;
    }
    try {
      seqFile.write(seq);
    } catch (IOException e) {
      LOG.warn("cannot store seq {} in {}: {}", seq, seqFile, e.toString());
    }
  }
}
