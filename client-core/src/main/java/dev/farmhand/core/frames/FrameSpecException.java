package dev.farmhand.core.frames;

import java.util.Objects;

/**
 * A frame spec or scout spec that cannot be used. The message quotes the whole spec, says what is
 * wrong and how to write it instead, e.g. {@code frame spec '5-1x0': step 0 in '5-1x0' must be 1 or
 * more (write 5-1 for every frame)}.
 */
public final class FrameSpecException extends IllegalArgumentException {
  private final String spec;
  private final String problem;

  /**
   * @param kind what the spec is, as a person would say it: {@code frame spec} or {@code scout
   *     spec}
   * @param spec the spec exactly as given
   * @param problem what is wrong and how to fix it
   */
  FrameSpecException(String kind, String spec, String problem) {
    super(kind + " '" + spec + "': " + problem);
    this.spec = Objects.requireNonNull(spec, "spec");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The spec exactly as given. */
  public String spec() {
    return spec;
  }

  /** What is wrong with the spec and how to fix it, without the quoted spec. */
  public String problem() {
    return problem;
  }
}
