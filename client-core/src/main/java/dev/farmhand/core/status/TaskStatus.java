package dev.farmhand.core.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The status of one task (one chunk of frames) on the farm. */
public enum TaskStatus {
  /** Queued: will run when a worker is free. */
  PENDING,
  /** Waits for Un-Hold: the non-scout tasks of a job with scouts, or held by hand. */
  HOLDING,
  /** Rendering on a worker. */
  RUNNING,
  /** Rendered; its outputs are on the farm. */
  SUCCESS,
  /** Did not complete and has no failed-retries left. */
  FAILED,
  /**
   * Lost its preemptible instance. It runs again while it has preempted-retries left ({@link
   * TaskState#retriesLeft()}); without, it is finished.
   */
  PREEMPTED,
  /** Ended by Kill while it was running. */
  KILLED;

  /** The name on the wire: {@code "pending"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and listing the statuses there are
   */
  @JsonCreator
  public static TaskStatus parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT);
    for (TaskStatus status : values()) {
      if (status.wireName().equals(key)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "unknown task status '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(TaskStatus::wireName).collect(Collectors.joining(", ")));
  }
}
