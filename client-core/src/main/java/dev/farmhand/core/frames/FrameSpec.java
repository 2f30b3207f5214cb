package dev.farmhand.core.frames;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The frames of a job, in the order they were written. Immutable and thread-safe.
 *
 * <p>A spec is comma-separated items, each {@code N}, {@code A-B} or {@code A-BxS} (every S-th
 * frame from A towards B), with spaces allowed around numbers, commas, {@code -} and {@code x}:
 * {@code 1-100}, {@code 1-100x2}, {@code 1,5,9}, {@code 1-10x3,20}. A range whose first frame is
 * larger counts down and renders in that order: {@code 10-1x3} is 10, 7, 4, 1. The step need not
 * land on the last frame: {@code 1-10x4} is 1, 5, 9. A minus sign right against the digits makes a
 * negative frame: {@code -5}, {@code -10--5}, {@code -3-3}. Each frame may appear once; a spec
 * holds at most {@link #MAX_FRAMES} frames, each within the {@code int} range.
 *
 * <p>Two specs are equal when they name the same frames in the same order, however written; {@link
 * #toString()} writes them the canonical way ({@code 1-9x4} for {@code 1-10x4}).
 */
public final class FrameSpec {
  /** The most frames one spec may name. */
  public static final int MAX_FRAMES = 1_000_000;

  private final String text;
  private final int[] frames;
  private final int[] sorted;

  FrameSpec(String text, int[] frames, int[] sorted) {
    this.text = text;
    this.frames = frames;
    this.sorted = sorted;
  }

  /**
   * Reads a frame spec.
   *
   * @throws FrameSpecException if the spec is blank, does not follow the grammar, names a frame
   *     twice, names more than {@link #MAX_FRAMES} frames or a number outside the {@code int}
   *     range; the message quotes the spec and says how to fix it
   * @throws NullPointerException if {@code spec} is null
   */
  public static FrameSpec parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    return FrameSpecParser.parse("frame spec", spec);
  }

  /** Every frame, in spec order; unmodifiable. */
  public List<Integer> frames() {
    return new FrameList(frames);
  }

  /** How many frames; at least 1. */
  public int size() {
    return frames.length;
  }

  /** The first frame in spec order. */
  public int first() {
    return frames[0];
  }

  /** The last frame in spec order. */
  public int last() {
    return frames[frames.length - 1];
  }

  /** Whether the spec names {@code frame}. */
  public boolean contains(int frame) {
    return Arrays.binarySearch(sorted, frame) >= 0;
  }

  /**
   * The shortest spec for these frames in this order, as {@link #toString()} writes it: {@code
   * 1,7,20} or {@code 1-100}.
   *
   * @throws IllegalArgumentException if {@code frames} is empty
   */
  public static String compact(List<Integer> frames) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("no frames to write as a spec");
    }
    return String.join(",", FrameText.items(frames.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The spec exactly as given to {@link #parse}. */
  public String text() {
    return text;
  }

  /** The canonical spec: no spaces, evenly spaced runs of three or more written as ranges. */
  @Override
  public String toString() {
    return String.join(",", FrameText.items(frames));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameSpec other && Arrays.equals(frames, other.frames);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(frames);
  }

  int[] frameArray() {
    return frames;
  }

  /** A read-only view, so a million frames cost an int each rather than a boxed Integer. */
  private static final class FrameList extends AbstractList<Integer> implements RandomAccess {
    private final int[] frames;

    FrameList(int[] frames) {
      this.frames = frames;
    }

    @Override
    public Integer get(int index) {
      return frames[index];
    }

    @Override
    public int size() {
      return frames.length;
    }
  }
}
