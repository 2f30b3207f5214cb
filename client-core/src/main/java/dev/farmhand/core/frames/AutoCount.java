package dev.farmhand.core.frames;

/** Reads and checks the N of {@code auto:N}. */
final class AutoCount {
  private static final String FIX = "write auto:N with N 1 or more, e.g. auto:3";

  private AutoCount() {}

  /**
   * Reads N from what follows {@code auto} in {@code spec}.
   *
   * @param spec the whole scout spec, quoted in errors
   * @param afterAuto the text after the word {@code auto}
   */
  static int parse(String spec, String afterAuto) {
    String rest = afterAuto.strip();
    if (!rest.startsWith(":")) {
      throw error(spec, "auto needs a colon and a count (" + FIX + ")");
    }
    String count = rest.substring(1).strip();
    if (count.isEmpty()) {
      throw error(spec, "auto: needs a count (" + FIX + ")");
    }
    if (!count.matches("-?[0-9]{1,12}")) {
      throw error(spec, "'" + count + "' after auto: is not a count (" + FIX + ")");
    }
    long value = Long.parseLong(count);
    if (value > Integer.MAX_VALUE) {
      throw error(
          spec,
          "count " + count + " is out of range (a count is at most " + Integer.MAX_VALUE + ")");
    }
    check(spec, value);
    return (int) value;
  }

  /** Refuses a count below 1. */
  static void check(String spec, long count) {
    if (count < 1) {
      throw error(
          spec,
          "count "
              + count
              + " must be 1 or more (write auto:1 for the first frame only, or give no scout spec"
              + " for no scouts)");
    }
  }

  private static FrameSpecException error(String spec, String problem) {
    return new FrameSpecException("scout spec", spec, problem);
  }
}
