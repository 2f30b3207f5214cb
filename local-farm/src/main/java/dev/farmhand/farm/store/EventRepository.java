package dev.farmhand.farm.store;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of every account, each with the next of its account's sequence numbers, kept for as
 * long as the farm's database lives. Methods work in the caller's transaction.
 */
public final class EventRepository {

  /** Appends an event with the account's next sequence number and returns it. */
  public Event append(
      Connection c,
      String account,
      Instant time,
      EventType type,
      String jobId,
      JobStatus jobStatus,
      String taskId,
      TaskStatus taskStatus,
      Output output)
      throws SQLException {
    Event event =
        new Event(
            latest(c, account) + 1,
            time,
            account,
            type,
            jobId,
            jobStatus,
            taskId,
            taskStatus,
            output);
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO events (account, seq, body) VALUES (?, ?, ?)")) {
      Rows.bind(s, account, event.seq(), Json.write(event));
      s.executeUpdate();
    }
    return event;
  }

  /** The account's latest sequence number; 0 before its first event. */
  public long latest(Connection c, String account) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM events WHERE account = ?")) {
      Rows.bind(s, account);
      try (ResultSet rows = s.executeQuery()) {
        return rows.getLong(1);
      }
    }
  }

  /** The account's events after {@code seq}, in order, at most {@code limit}. */
  public List<Event> after(Connection c, String account, long seq, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT body FROM events WHERE account = ? AND seq > ? ORDER BY seq LIMIT ?")) {
      Rows.bind(s, account, seq, limit);
      List<Event> events = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          try {
            events.add(Json.read(rows.getString(1), Event.class));
          } catch (MalformedPayloadException e) {
            throw new SQLException("a stored event is damaged: " + e.getMessage(), e);
          }
        }
      }
      return events;
    }
  }
}
