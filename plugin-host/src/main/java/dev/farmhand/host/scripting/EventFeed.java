package dev.farmhand.host.scripting;

import dev.farmhand.core.notices.NoticeSubscriber;
import java.util.Collection;
import java.util.Objects;

/**
 * A script's subscription to the account's events ({@code farm.on_event}): its callback gets each
 * event once, in order, one at a time, on the subscriber's own thread (never MQTT's), until {@link
 * #close()}. Thread-safe.
 */
public final class EventFeed implements AutoCloseable {
  private final NoticeSubscriber subscriber;
  private final Collection<EventFeed> open;

  /**
   * @param open the feeds still open, which this one leaves when closed
   */
  EventFeed(NoticeSubscriber subscriber, Collection<EventFeed> open) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.open = Objects.requireNonNull(open, "open");
  }

  /**
   * Stops: no event is handed on after this returns, except the one in hand, which is given a
   * moment to finish. Idempotent.
   */
  @Override
  public void close() {
    subscriber.close();
    open.remove(this);
  }

  @Override
  public String toString() {
    return "EventFeed[" + subscriber + "]";
  }
}
