package dev.farmhand.host.plugins;

/**
 * A problem a plugin's {@code validate} found with a job: the field it is in, what is wrong and how
 * to fix it. Immutable.
 *
 * @param field the job field, dotted into dicts and lists as the job dict names it ({@code
 *     output_pattern}, {@code metadata.camera}, {@code files[2]})
 * @param problem what is wrong ({@code 'renders/frame.png' has no '#' for the frame number})
 * @param fix what to do about it ({@code write it as renders/frame_####.png})
 */
public record JobProblem(String field, String problem, String fix) {
  public JobProblem {
    field = text(field, "field");
    problem = text(problem, "problem");
    fix = text(fix, "fix");
  }

  private static String text(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + name + "' must be a non-empty string");
    }
    return value.strip();
  }

  /** {@code field: problem: fix}, as the host prints it. */
  @Override
  public String toString() {
    return field + ": " + problem + ": " + fix;
  }
}
