package dev.farmhand.core.notices;

import dev.farmhand.core.protocol.EventPage;
import java.io.IOException;

/** Where catch-up reads events: {@code GET /api/v1/events?after=SEQ&limit=N}, the truth. */
@FunctionalInterface
interface EventSource {
  EventPage events(long after, int limit) throws IOException;
}
