package dev.farmhand.core.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an {@link Event} reports. A type this client does not know (a newer farm) reads as {@link
 * #UNKNOWN}: the event still counts for the sequence, and a client passes over it.
 */
public enum EventType {
  /** A job was made; {@code job_status} is its first status. */
  JOB_CREATED,
  /** A job's status changed; {@code job_status} is the new one. */
  JOB_STATUS,
  /** Something else of a job changed (its priority); read the job again for the rest. */
  JOB_UPDATED,
  /** A task's status changed; {@code task_id} and {@code task_status} say which and to what. */
  TASK_STATUS,
  /** A task wrote an output, ready to download; {@code output} describes it. */
  OUTPUT_ADDED,
  /** A type this client does not know. */
  UNKNOWN;

  /** The name on the wire: {@code "task_status"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire name; a name this client does not know is {@link #UNKNOWN}, never an error. */
  @JsonCreator
  public static EventType parse(String text) {
    for (EventType type : values()) {
      if (type != UNKNOWN && type.wireName().equals(text)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
