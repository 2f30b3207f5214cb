package dev.farmhand.core.status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The controls a user applies to one or more jobs. Whether one applies to a job, and what it
 * changes, is decided by {@link ControlTable}. "Hold and Kill" is a client action made of {@link
 * #HOLD} then {@link #KILL}, not a control of its own.
 */
public enum Control {
  /** Retry every task of the job. */
  RETRY("Retry", "retry", false),
  /** Retry only the failed (and preempted-out) tasks. */
  RETRY_ALL_FAILS("Retry All Fails", "retry-fails", false),
  /** Cosmetic: the job shows Success; tasks are untouched. */
  COMPLETE("Complete", "complete", false),
  /** A label on a finished job. */
  REVIEWED("Reviewed", "reviewed", false),
  /** Every Pending task becomes Holding; running tasks go on. */
  HOLD("Hold", "hold", false),
  /** Holding tasks become Pending: this is how scout frames are approved. */
  UNHOLD("Un-Hold", "unhold", false),
  /** Kills running tasks; pending ones still run unless the job was held first. */
  KILL("Kill", "kill", false),
  /** Changes the job's priority. Only an admin may. */
  SET_PRIORITY("Set Priority", "priority", true),
  /**
   * The job goes back to Sync Pending; files are re-copied and re-verified; failed tasks retried.
   */
  RETRY_SYNC("Retry Sync", "retry-sync", false);

  private final String label;
  private final String command;
  private final boolean adminOnly;

  Control(String label, String command, boolean adminOnly) {
    this.label = label;
    this.command = command;
    this.adminOnly = adminOnly;
  }

  /** The name a person reads, as on the page's menu: {@code "Retry All Fails"}. */
  public String label() {
    return label;
  }

  /** The CLI sub-command: {@code "retry-fails"}. */
  public String command() {
    return command;
  }

  /** True when only an account's admin may apply it; the farm answers 403 to anyone else. */
  public boolean adminOnly() {
    return adminOnly;
  }

  /** The name on the wire: {@code "retry_all_fails"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name ({@code retry_all_fails}), a CLI command ({@code retry-fails}) or a label
   * ({@code Retry All Fails}), ignoring case.
   *
   * @throws IllegalArgumentException naming the text and listing the controls there are
   */
  @JsonCreator
  public static Control parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT);
    for (Control control : values()) {
      if (control.wireName().equals(key)
          || control.command.equals(key)
          || control.label.toLowerCase(Locale.ROOT).equals(key)) {
        return control;
      }
    }
    throw new IllegalArgumentException(
        "unknown control '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(Control::wireName).collect(Collectors.joining(", ")));
  }
}
