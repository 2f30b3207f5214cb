package dev.farmhand.farm.render;

import java.util.List;
import java.util.Optional;

/**
 * A renderer the farm knows. The farm runs only these, as programs it starts itself with arguments
 * it builds; it never runs a shell string from a client. Implementations are immutable and
 * thread-safe.
 */
public interface Renderer {
  /** The name a job asks for: {@code sample}, {@code blender}. Lower case. */
  String name();

  /**
   * Why this farm cannot run it, naming what is missing ({@code "no worker has Blender: 'blender'
   * is not on the PATH"}), or empty when it can. A job for an unavailable renderer is refused at
   * submit with this reason.
   */
  Optional<String> unavailable();

  /**
   * The program and its arguments that render the task's frames into {@link
   * RenderTask#outputDir()}, named by {@link RenderTask#outputPattern()}. The worker runs it with
   * the workspace as working directory and its output and errors going to the task's log; exit 0
   * means every frame of the task was written.
   */
  List<String> command(RenderTask task);
}
