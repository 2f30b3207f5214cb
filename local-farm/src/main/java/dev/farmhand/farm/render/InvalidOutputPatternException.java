package dev.farmhand.farm.render;

/**
 * An output pattern a farm cannot name frames with. The message quotes the pattern, says what is
 * wrong and how to write it instead.
 */
public final class InvalidOutputPatternException extends IllegalArgumentException {
  private final String pattern;
  private final String problem;

  public InvalidOutputPatternException(String pattern, String problem) {
    this(pattern, problem, null);
  }

  public InvalidOutputPatternException(String pattern, String problem, Throwable cause) {
    super("output pattern '" + pattern + "' " + problem, cause);
    this.pattern = pattern;
    this.problem = problem;
  }

  /** The pattern as it was given. */
  public String pattern() {
    return pattern;
  }

  /** What is wrong with it, without the pattern. */
  public String problem() {
    return problem;
  }
}
