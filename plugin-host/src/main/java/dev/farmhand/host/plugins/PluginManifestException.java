package dev.farmhand.host.plugins;

import java.nio.file.Path;

/** A {@code plugin.json} that cannot be used: the message names the file, the fault and the fix. */
public final class PluginManifestException extends Exception {
  private final transient Path file;
  private final String fault;

  public PluginManifestException(Path file, String fault) {
    this(file, fault, null);
  }

  public PluginManifestException(Path file, String fault, Throwable cause) {
    super("plugin manifest " + file + ": " + fault, cause);
    this.file = file;
    this.fault = fault;
  }

  /** The manifest file. */
  public Path file() {
    return file;
  }

  /** What is wrong with it and how to fix it, without the file name. */
  public String fault() {
    return fault;
  }
}
