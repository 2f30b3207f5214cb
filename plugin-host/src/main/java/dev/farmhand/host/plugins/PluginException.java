package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A plugin failed: its Python code raised, could not be loaded, or returned something the host
 * cannot use. The message names the plugin and its file and, when Python raised, ends with the
 * Python traceback. The plugin stays usable: the host goes on.
 */
public final class PluginException extends Exception {
  private final String plugin;
  private final transient Path file;
  private final String pythonType;
  private final String traceback;

  /** A fault that is not a Python exception, such as a malformed result. */
  public PluginException(String plugin, Path file, String message) {
    this(plugin, file, message, null, null, null);
  }

  /**
   * A Python exception.
   *
   * @param pythonType the exception's class name ({@code SceneError}), or null
   * @param traceback the Python traceback as Python prints it, or null
   */
  public PluginException(
      String plugin,
      Path file,
      String message,
      String pythonType,
      String traceback,
      Throwable cause) {
    super(
        "plugin '"
            + Objects.requireNonNull(plugin, "plugin")
            + "' ("
            + Objects.requireNonNull(file, "file")
            + "): "
            + message
            + (traceback == null ? "" : "\n" + traceback.stripTrailing()),
        cause);
    this.plugin = plugin;
    this.file = file;
    this.pythonType = pythonType;
    this.traceback = traceback;
  }

  /** The plugin's name. */
  public String plugin() {
    return plugin;
  }

  /** The plugin's Python file. */
  public Path file() {
    return file;
  }

  /** The Python exception's class name, or null when Python did not raise. */
  public String pythonType() {
    return pythonType;
  }

  /** The Python traceback, or null when Python did not raise. */
  public String traceback() {
    return traceback;
  }

  /**
   * Whether the plugin refused the scene itself (it raised {@code SceneError}, as the plugin
   * contract asks), rather than failing in its own code: the user's input is what to fix.
   */
  public boolean sceneFault() {
    return "SceneError".equals(pythonType);
  }
}
