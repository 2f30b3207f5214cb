package dev.farmhand.farm.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Renders nothing: runs {@code true} from the PATH, a real process that exits 0 and writes no
 * frame. For benchmarks of the farm's own overhead, and tests. Immutable; thread-safe.
 */
public final class NoopRenderer implements Renderer {
  /** The name a job asks for. */
  public static final String NAME = "noop";

  private final Optional<Path> program;

  /** Looks for {@code true} on {@code path} once, now. */
  public NoopRenderer(SearchPath path) {
    this.program = path.find("true");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> unavailable() {
    return program.isPresent()
        ? Optional.empty()
        : Optional.of("no worker has 'true': it is not on the PATH");
  }

  /**
   * {@code [<path of true>]}; the task's frames are not passed.
   *
   * @throws IllegalStateException if {@code true} is not on the PATH: ask {@link #unavailable()}
   *     first
   */
  @Override
  public List<String> command(RenderTask task) {
    return List.of(
        program
            .orElseThrow(() -> new IllegalStateException(unavailable().orElseThrow()))
            .toString());
  }
}
