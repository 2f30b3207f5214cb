package dev.farmhand.farm.render;

/**
 * A job asks for a renderer this farm cannot run. The message is the reason, naming what is
 * missing: {@code no worker has Blender: 'blender' is not on the PATH}. The protocol answers it as
 * {@code renderer_unavailable} with the renderer's name.
 */
public final class RendererUnavailableException extends Exception {
  private final String renderer;
  private final String reason;

  public RendererUnavailableException(String renderer, String reason) {
    super(reason);
    this.renderer = renderer;
    this.reason = reason;
  }

  /** The renderer's name as the job gave it. */
  public String renderer() {
    return renderer;
  }

  /** Why the farm cannot run it; the same text as the message. */
  public String reason() {
    return reason;
  }
}
