package dev.farmhand.core.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which frames of a job render first, as scouts, for someone to look at before the rest: {@code
 * auto:N} (N frames spread over the job, first and last included) or a frame spec ({@code
 * 1,50,100}, {@code 1-100x25}) whose frames all belong to the job. Immutable and thread-safe.
 */
public sealed interface ScoutSpec permits ScoutSpec.Auto, ScoutSpec.Listed {

  /**
   * Reads a scout spec: {@code auto:N} with N 1 or more (spaces allowed, {@code auto} in any case),
   * or a frame spec.
   *
   * @throws FrameSpecException if the spec is neither; the message quotes it as {@code scout spec
   *     '…'} and says how to fix it
   * @throws NullPointerException if {@code spec} is null
   */
  static ScoutSpec parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String trimmed = spec.strip();
    if (trimmed.regionMatches(true, 0, "auto", 0, 4)) {
      return new Auto(AutoCount.parse(spec, trimmed.substring(4)));
    }
    return new Listed(FrameSpecParser.parse("scout spec", spec));
  }

  /** The spec as given to {@link #parse}, or as built. */
  String text();

  /**
   * The scout frames of {@code job}, in the job's order, each once.
   *
   * @throws FrameSpecException if a listed scout frame is not among the job's frames
   */
  List<Integer> resolve(FrameSpec job);

  /**
   * {@code auto:N}: N frames spread evenly over the job's frames by position, first and last
   * included; the first frame alone when N is 1, every frame when N is at least the job's size.
   *
   * @param count N, 1 or more
   */
  record Auto(int count) implements ScoutSpec {
    /**
     * @throws FrameSpecException if {@code count} is less than 1
     */
    public Auto {
      AutoCount.check("auto:" + count, count);
    }

    @Override
    public String text() {
      return "auto:" + count;
    }

    @Override
    public List<Integer> resolve(FrameSpec job) {
      int[] frames = job.frameArray();
      int n = Math.min(count, frames.length);
      if (n == 1) {
        return List.of(frames[0]);
      }
      List<Integer> scouts = new ArrayList<>(n);
      for (long i = 0; i < n; i++) {
        scouts.add(frames[(int) (i * (frames.length - 1) / (n - 1))]);
      }
      return List.copyOf(scouts);
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * Scout frames listed by a frame spec; each must be one of the job's frames.
   *
   * @param frames the scout frames
   */
  record Listed(FrameSpec frames) implements ScoutSpec {
    public Listed {
      Objects.requireNonNull(frames, "frames");
    }

    @Override
    public String text() {
      return frames.text();
    }

    @Override
    public List<Integer> resolve(FrameSpec job) {
      List<Integer> outside = new ArrayList<>();
      for (int frame : frames.frameArray()) {
        if (!job.contains(frame)) {
          outside.add(frame);
        }
      }
      if (!outside.isEmpty()) {
        int[] missing = outside.stream().mapToInt(Integer::intValue).toArray();
        throw new FrameSpecException(
            "scout spec",
            frames.text(),
            (missing.length == 1 ? "frame " : "frames ")
                + FrameText.prose(FrameText.items(missing))
                + (missing.length == 1 ? " is" : " are")
                + " not among the job's frames "
                + job
                + " (pick scout frames from the job's frames, or use auto:N)");
      }
      List<Integer> scouts = new ArrayList<>(frames.size());
      for (int frame : job.frameArray()) {
        if (frames.contains(frame)) {
          scouts.add(frame);
        }
      }
      return List.copyOf(scouts);
    }

    @Override
    public String toString() {
      return frames.toString();
    }
  }
}
