package dev.farmhand.core.notices;

import dev.farmhand.core.protocol.Event;

/**
 * Receives the account's events, each once and in {@code seq} order, on the subscriber's dispatcher
 * thread (never the MQTT thread). A listener that throws is logged and the next event still comes.
 */
@FunctionalInterface
public interface NoticeListener {
  /** One event, the next in sequence (among those the subscriber's job filter lets through). */
  void onEvent(Event event);
}
