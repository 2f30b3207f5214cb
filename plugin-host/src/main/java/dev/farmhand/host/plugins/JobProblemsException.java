package dev.farmhand.host.plugins;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plugin's {@code validate} found problems with a job, so it was not sent. The message lists
 * every problem, each with its field and fix, so all can be mended at once. A bad-input fault: an
 * {@link IllegalArgumentException}.
 */
public final class JobProblemsException extends IllegalArgumentException {
  private final String plugin;
  private final transient List<JobProblem> problems;

  /**
   * @param plugin the plugin's name
   * @param problems what it found; at least one
   */
  public JobProblemsException(String plugin, List<JobProblem> problems) {
    super(message(plugin, problems));
    this.plugin = plugin;
    this.problems = List.copyOf(problems);
  }

  private static String message(String plugin, List<JobProblem> problems) {
    Objects.requireNonNull(plugin, "plugin");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refused job has at least one problem");
    }
    return "plugin '"
        + plugin
        + "' found "
        + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
        + " with the job, so nothing was sent: fix "
        + (problems.size() == 1 ? "it" : "them")
        + " and submit again:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** The plugin's name. */
  public String plugin() {
    return plugin;
  }

  /** The problems, in the order the plugin gave them. */
  public List<JobProblem> problems() {
    return problems;
  }
}
