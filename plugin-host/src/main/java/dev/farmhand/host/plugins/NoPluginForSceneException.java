package dev.farmhand.host.plugins;

import java.nio.file.Path;

/**
 * No plugin reads this kind of scene. The message lists the endings the plugins do read and where
 * to install another. A bad-input fault: an {@link IllegalArgumentException}.
 */
public final class NoPluginForSceneException extends IllegalArgumentException {
  private final transient Path scene;

  public NoPluginForSceneException(Path scene, String message) {
    super(message);
    this.scene = scene;
  }

  /** The scene no plugin reads. */
  public Path scene() {
    return scene;
  }
}
