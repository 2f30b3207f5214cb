package dev.farmhand.farm.render;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A sample scene the sample renderer cannot render. The message names the scene file, the field
 * ({@code objects[1].radius}) or the file it refers to, and what to write instead.
 */
public final class SceneFormatException extends IOException {
  private final Path scene;

  public SceneFormatException(Path scene, String problem) {
    super(scene + ": " + problem);
    this.scene = scene;
  }

  public SceneFormatException(Path scene, String problem, Throwable cause) {
    super(scene + ": " + problem, cause);
    this.scene = scene;
  }

  /** The scene file. */
  public Path scene() {
    return scene;
  }
}
