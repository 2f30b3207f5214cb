package dev.farmhand.core.frames;

import java.util.List;

/**
 * The frames one task renders, in order. Immutable.
 *
 * @param frames the frames, at least one; copied
 * @param scout whether this is a scout task, which renders exactly one frame and runs first
 */
public record FrameChunk(List<Integer> frames, boolean scout) {
  /**
   * @throws IllegalArgumentException if {@code frames} is empty, or a scout chunk has more than one
   * @throws NullPointerException if {@code frames} or one of them is null
   */
  public FrameChunk {
    frames = List.copyOf(frames);
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("a chunk needs at least one frame");
    }
    if (scout && frames.size() != 1) {
      throw new IllegalArgumentException(
          "a scout chunk renders exactly one frame, not " + frames.size() + ": " + frames);
    }
  }

  /** The first frame the task renders. */
  public int first() {
    return frames.get(0);
  }

  /** The last frame the task renders. */
  public int last() {
    return frames.get(frames.size() - 1);
  }
}
