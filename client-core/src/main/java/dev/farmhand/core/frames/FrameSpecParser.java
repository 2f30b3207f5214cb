package dev.farmhand.core.frames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the frame spec grammar: comma-separated items, each {@code N}, {@code A-B} or {@code
 * A-BxS}, with spaces allowed around numbers, commas, {@code -} and {@code x}. A minus sign written
 * right against the digits makes a negative frame ({@code -5}, {@code -10--5}, {@code -3-3}).
 * Stateless.
 */
final class FrameSpecParser {
  private static final String ITEM_FORMS = "an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2";

  private final String kind;
  private final String spec;

  private FrameSpecParser(String kind, String spec) {
    this.kind = kind;
    this.spec = spec;
  }

  /**
   * Parses {@code spec}, reporting problems as a {@code kind} ("frame spec", "scout spec").
   *
   * @throws FrameSpecException if the spec does not follow the grammar, names a frame twice, names
   *     more than {@link FrameSpec#MAX_FRAMES} frames or a number outside the int range
   */
  static FrameSpec parse(String kind, String spec) {
    return new FrameSpecParser(kind, spec).parse();
  }

  private FrameSpec parse() {
    if (spec.isBlank()) {
      throw error("it has no frames (write frames such as 1-100, 1,5,9 or 1-100x2)");
    }
    String[] parts = spec.split(",", -1);
    List<FrameItem> items = new ArrayList<>(parts.length);
    long total = 0;
    for (int i = 0; i < parts.length; i++) {
      String text = parts[i].strip();
      if (text.isEmpty()) {
        throw error(emptyItemProblem(parts, i));
      }
      FrameItem item = new ItemReader(text).read();
      items.add(item);
      total += item.count();
    }
    if (total > FrameSpec.MAX_FRAMES) {
      throw error(
          "it has "
              + total
              + " frames, more than the limit of "
              + FrameSpec.MAX_FRAMES
              + " (split the frames over several jobs)");
    }
    return expand(items, (int) total);
  }

  private static String emptyItemProblem(String[] parts, int index) {
    String where = index == 0 ? "at the start" : "after '" + parts[index - 1].strip() + "'";
    return "empty item " + where + " (remove the extra comma)";
  }

  /** Lists every frame in spec order and refuses a frame named twice. */
  private FrameSpec expand(List<FrameItem> items, int total) {
    int[] frames = new int[total];
    long[] keys = new long[total]; // frame in the high half, item index in the low half
    int n = 0;
    for (int i = 0; i < items.size(); i++) {
      FrameItem item = items.get(i);
      for (long k = 0, count = item.count(); k < count; k++, n++) {
        frames[n] = item.frameAt(k);
        keys[n] = ((long) frames[n] << 32) | i;
      }
    }
    Arrays.sort(keys);
    int[] sorted = new int[total];
    for (int k = 0; k < total; k++) {
      sorted[k] = (int) (keys[k] >> 32);
      if (k > 0 && sorted[k] == sorted[k - 1]) {
        String one = items.get((int) keys[k - 1]).text();
        String other = items.get((int) keys[k]).text();
        throw error(
            "frame "
                + sorted[k]
                + " is given twice, in '"
                + one
                + "' and in '"
                + other
                + "' (list each frame once)");
      }
    }
    return new FrameSpec(spec, frames, sorted);
  }

  private FrameSpecException error(String problem) {
    return new FrameSpecException(kind, spec, problem);
  }

  /** Walks one trimmed, non-empty item. */
  private final class ItemReader {
    private final String item;
    private int pos;

    ItemReader(String item) {
      this.item = item;
    }

    FrameItem read() {
      int first = frame("first");
      if (atEnd()) {
        return new FrameItem(item, first, first, 1);
      }
      expect('-');
      int last = frame("last");
      if (atEnd()) {
        return new FrameItem(item, first, last, 1);
      }
      expect('x');
      long step = number("step");
      if (step < 1) {
        throw error(
            "step "
                + step
                + " in '"
                + item
                + "' must be 1 or more (write "
                + first
                + "-"
                + last
                + (step == 0
                    ? " for every frame)"
                    : "x" + -step + "; a range counts down by itself)"));
      }
      if (step > Integer.MAX_VALUE) {
        throw error(
            "step "
                + step
                + " in '"
                + item
                + "' is out of range (a step is at most "
                + Integer.MAX_VALUE
                + ")");
      }
      if (!atEnd()) {
        throw unexpected();
      }
      return new FrameItem(item, first, last, (int) step);
    }

    private int frame(String which) {
      long value = number(which);
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw error(
            "frame "
                + value
                + " in '"
                + item
                + "' is out of range (frames go from "
                + Integer.MIN_VALUE
                + " to "
                + Integer.MAX_VALUE
                + ")");
      }
      return (int) value;
    }

    /** Reads an optionally signed whole number; {@code which} is "first", "last" or "step". */
    private long number(String which) {
      skipSpaces();
      int start = pos;
      if (pos + 1 < item.length() && item.charAt(pos) == '-' && isDigit(item.charAt(pos + 1))) {
        pos++;
      }
      int digitsStart = pos;
      while (pos < item.length() && isDigit(item.charAt(pos))) {
        pos++;
      }
      if (pos == digitsStart) {
        throw missingOrNotNumber(which);
      }
      String digits = item.substring(digitsStart, pos).replaceFirst("^0+(?=.)", "");
      if (digits.length() > 12) {
        // Far outside any bound; report it as written rather than overflow.
        throw error(
            ("step".equals(which) ? "step " : "frame ")
                + item.substring(start, pos)
                + " in '"
                + item
                + "' is out of range ("
                + ("step".equals(which)
                    ? "a step is at most " + Integer.MAX_VALUE
                    : "frames go from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE)
                + ")");
      }
      long value = Long.parseLong(digits);
      return start == digitsStart ? value : -value;
    }

    private FrameSpecException missingOrNotNumber(String which) {
      if (atEnd()) {
        return error(
            "step".equals(which)
                ? "'" + item + "' has no step after the x (write A-BxS, e.g. 1-100x2)"
                : "'" + item + "' has no " + which + " frame (write A-B, e.g. 1-100)");
      }
      if ("first".equals(which) && item.charAt(pos) == '-') {
        return error(
            "'"
                + item
                + "' has no first frame (write A-B, e.g. 1-100; a negative frame is -N with no"
                + " space)");
      }
      int end = pos;
      while (end < item.length() && !Character.isWhitespace(item.charAt(end))) {
        if (item.charAt(end) == '-' && end > pos) {
          break;
        }
        end++;
      }
      String word = item.substring(pos, end);
      return error(
          "step".equals(which)
              ? "'" + word + "' in '" + item + "' is not a step (write A-BxS, e.g. 1-100x2)"
              : "'" + word + "' in '" + item + "' is not a frame number (" + ITEM_FORMS + ")");
    }

    private void expect(char c) {
      if (pos < item.length() && Character.toLowerCase(item.charAt(pos)) == c) {
        pos++;
        return;
      }
      throw unexpected();
    }

    private FrameSpecException unexpected() {
      return error(
          "unexpected '" + item.substring(pos) + "' in '" + item + "' (" + ITEM_FORMS + ")");
    }

    /** Skips spaces and tells whether the item is used up. */
    private boolean atEnd() {
      skipSpaces();
      return pos == item.length();
    }

    private void skipSpaces() {
      while (pos < item.length() && Character.isWhitespace(item.charAt(pos))) {
        pos++;
      }
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
