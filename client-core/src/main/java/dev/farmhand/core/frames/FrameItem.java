package dev.farmhand.core.frames;

/**
 * One comma-separated item of a frame spec: a single frame ({@code first == last}) or a range
 * walked from {@code first} towards {@code last} in steps of {@code step}, in either direction.
 *
 * @param text the item as written, trimmed; quoted in errors
 * @param first the first frame
 * @param last the end of the range; reached only when the step lands on it
 * @param step how far apart the frames are, 1 or more
 */
record FrameItem(String text, int first, int last, int step) {

  /** How many frames the item names; a long, since one item can name up to 2^32 frames. */
  long count() {
    return Math.abs((long) last - first) / step + 1;
  }

  /** The item's frame at {@code index}, counting from 0 at {@code first}. */
  int frameAt(long index) {
    long offset = index * step;
    return (int) (last >= first ? first + offset : first - offset);
  }
}
