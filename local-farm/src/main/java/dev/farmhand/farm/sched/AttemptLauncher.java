package dev.farmhand.farm.sched;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starts a task's renderer process. */
@FunctionalInterface
public interface AttemptLauncher {
  /**
   * Starts {@code command} (no shell) in {@code workingDir}, its output and errors appended to
   * {@code log} after the line {@code header}.
   */
  Attempt start(List<String> command, Path workingDir, Path log, String header) throws IOException;
}
