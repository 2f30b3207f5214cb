package dev.farmhand.core.protocol;

import dev.farmhand.core.status.Control;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The value rules several wire types share. Each failure names the field and the fix. */
final class WireChecks {
  /** Job ids, task ids and account names: they appear in URLs and MQTT topics as they are. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** The lowest and highest job priority; higher runs first. */
  static final int MIN_PRIORITY = 0;

  static final int MAX_PRIORITY = 100;

  private WireChecks() {}

  static String id(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " '"
              + value
              + "' is not an id: use 1 to 64 letters, digits, '_' or '-', starting with a letter or"
              + " digit");
    }
    return value;
  }

  static String sha256(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!SHA256.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " '" + value + "' is not a SHA-256: write it as 64 lowercase hex digits");
    }
    return value;
  }

  static long notNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " is " + value + ": it cannot be negative");
    }
    return value;
  }

  static int priority(int value, String field) {
    if (value < MIN_PRIORITY || value > MAX_PRIORITY) {
      throw new IllegalArgumentException(
          field
              + " is "
              + value
              + ": use "
              + MIN_PRIORITY
              + " to "
              + MAX_PRIORITY
              + " (higher runs first)");
    }
    return value;
  }

  /** A priority goes with Set Priority and with nothing else. */
  static void priorityFor(Control control, Integer priority) {
    Objects.requireNonNull(control, "control");
    if (control == Control.SET_PRIORITY && priority == null) {
      throw new IllegalArgumentException("priority is required with control set_priority");
    }
    if (control != Control.SET_PRIORITY && priority != null) {
      throw new IllegalArgumentException(
          "priority goes only with control set_priority, not with " + control.wireName());
    }
    if (priority != null) {
      priority(priority, "priority");
    }
  }

  /** Copies a list of ids, refusing an empty one, one too long, a bad id or a repeated id. */
  static List<String> ids(List<String> values, String field, int max) {
    Objects.requireNonNull(values, field);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " is empty: name at least one job");
    }
    if (values.size() > max) {
      throw new IllegalArgumentException(
          field + " has " + values.size() + " ids: send at most " + max + " per request");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String value = id(values.get(i), field + "[" + i + "]");
      if (!seen.add(value)) {
        throw new IllegalArgumentException(field + " names '" + value + "' twice: name it once");
      }
    }
    return List.copyOf(values);
  }
}
