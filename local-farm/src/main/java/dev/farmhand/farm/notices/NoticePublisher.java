package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Event;

/**
 * Pushes events to MQTT: each to its account's topic and a copy to its job's topic ({@link
 * dev.farmhand.core.protocol.Topics}), QoS 1, not retained, the payload the event's JSON. Push is
 * the fast path only: the event is already stored and served by {@code events?after=}, so a
 * publisher that cannot reach its broker logs it and goes on. Thread-safe.
 */
public interface NoticePublisher extends AutoCloseable {
  /** Publishes one event; returns once the broker has it, or once it is known not to. */
  void publish(Event event);

  /** Stops publishing and lets go of the broker connection. */
  @Override
  void close();
}
