package dev.farmhand.core.frames;

import java.util.ArrayList;
import java.util.List;

/** Writes frames back as frame spec items, the shortest way a simple left-to-right pass finds. */
final class FrameText {
  private FrameText() {}

  /**
   * The items that name exactly {@code frames}, in their order: runs of three or more evenly spaced
   * frames become ranges ({@code 1-9x4}, {@code 5-1}), the rest single frames. Parsing the items
   * joined with commas gives back the same frames.
   */
  static List<String> items(int[] frames) {
    List<String> items = new ArrayList<>();
    int i = 0;
    while (i < frames.length) {
      int j = i;
      if (i + 2 < frames.length) {
        long step = (long) frames[i + 1] - frames[i];
        while (j + 1 < frames.length && (long) frames[j + 1] - frames[j] == step) {
          j++;
        }
      }
      if (j - i >= 2) {
        long step = Math.abs((long) frames[i + 1] - frames[i]);
        items.add(frames[i] + "-" + frames[j] + (step == 1 ? "" : "x" + step));
        i = j + 1;
      } else {
        items.add(Integer.toString(frames[i]));
        i++;
      }
    }
    return items;
  }

  /** The items joined as a person reads a list: {@code 0}, {@code 0 and 7}, {@code 0, 7 and 9}. */
  static String prose(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
