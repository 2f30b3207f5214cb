package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET /api/v1/events?after=SEQ&limit=N}: the account's events after {@code
 * SEQ}, in sequence order, and the latest sequence number there is. When the last event's {@code
 * seq} is below {@code latest_seq}, ask again after it. Immutable.
 *
 * @param events the events, ascending by {@code seq}, without holes
 * @param latestSeq the account's latest sequence number when the page was read; 0 before any event
 */
public record EventPage(List<Event> events, long latestSeq) {
  public EventPage {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    WireChecks.notNegative(latestSeq, "latest_seq");
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).seq() != events.get(i - 1).seq() + 1) {
        throw new IllegalArgumentException(
            "events jump from seq "
                + events.get(i - 1).seq()
                + " to "
                + events.get(i).seq()
                + ": a page has no holes");
      }
    }
    if (!events.isEmpty() && events.get(events.size() - 1).seq() > latestSeq) {
      throw new IllegalArgumentException(
          "latest_seq " + latestSeq + " is below the page's last seq");
    }
  }

  /** True when events after this page's last one exist. */
  public boolean hasMore() {
    return !events.isEmpty() && events.get(events.size() - 1).seq() < latestSeq;
  }
}
