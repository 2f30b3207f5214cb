package dev.farmhand.core.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a job's frames split into tasks: each scout frame a task of its own, listed first in the
 * job's order so scouts run first; then the other frames, in spec order, in consecutive chunks of
 * the chunk size (the last may be shorter). Every frame of the job is in exactly one chunk.
 * Immutable and thread-safe.
 */
public final class TaskPlan {
  private final List<FrameChunk> chunks;

  private TaskPlan(List<FrameChunk> chunks) {
    this.chunks = List.copyOf(chunks);
  }

  /**
   * Splits a job without scout frames.
   *
   * @throws IllegalArgumentException if {@code chunkSize} is less than 1
   */
  public static TaskPlan of(FrameSpec frames, int chunkSize) {
    return of(frames, null, chunkSize);
  }

  /**
   * Splits a job's frames into tasks.
   *
   * @param frames the job's frames
   * @param scouts the scout spec, or {@code null} when the job has no scout frames
   * @param chunkSize how many frames each non-scout task renders at most ({@code --chunk})
   * @throws IllegalArgumentException if {@code chunkSize} is less than 1
   * @throws FrameSpecException if a listed scout frame is not among the job's frames
   */
  public static TaskPlan of(FrameSpec frames, ScoutSpec scouts, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException(
          "--chunk "
              + chunkSize
              + ": a task must render 1 or more frames (write --chunk 1 for one frame per task)");
    }
    List<Integer> scoutFrames = scouts == null ? List.of() : scouts.resolve(frames);
    Set<Integer> isScout = new HashSet<>(scoutFrames);
    List<FrameChunk> chunks = new ArrayList<>();
    for (int frame : scoutFrames) {
      chunks.add(new FrameChunk(List.of(frame), true));
    }
    List<Integer> pending = new ArrayList<>(Math.min(chunkSize, frames.size()));
    for (int frame : frames.frameArray()) {
      if (isScout.contains(frame)) {
        continue;
      }
      pending.add(frame);
      if (pending.size() == chunkSize) {
        chunks.add(new FrameChunk(pending, false));
        pending.clear();
      }
    }
    if (!pending.isEmpty()) {
      chunks.add(new FrameChunk(pending, false));
    }
    return new TaskPlan(chunks);
  }

  /** The tasks' frames: scout chunks first, then the rest in spec order; unmodifiable. */
  public List<FrameChunk> chunks() {
    return chunks;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskPlan other && chunks.equals(other.chunks);
  }

  @Override
  public int hashCode() {
    return chunks.hashCode();
  }

  @Override
  public String toString() {
    return "TaskPlan" + chunks;
  }
}
