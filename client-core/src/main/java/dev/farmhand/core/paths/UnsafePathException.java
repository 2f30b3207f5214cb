package dev.farmhand.core.paths;

/**
 * A path from a scene, a job or a farm that would land outside the folder it belongs in. The
 * message quotes the path and says what is wrong with it.
 */
public final class UnsafePathException extends IllegalArgumentException {
  private final String path;
  private final String problem;

  public UnsafePathException(String path, String problem) {
    super("path '" + path + "' " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** The path as it was given. */
  public String path() {
    return path;
  }

  /** What is wrong with it, without the path. */
  public String problem() {
    return problem;
  }
}
