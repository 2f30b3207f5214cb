package dev.farmhand.it;

import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.host.plugins.PluginFolders;
import java.nio.file.Path;

/**
 * Points the plugin host's built-in plugins at the repository's {@code plugins} folder for the
 * tests of a class that read scenes through them, and back afterwards. Not thread-safe: a system
 * property, set and restored around one test class.
 */
final class RepositoryPlugins {
  private final @Nullable String before;

  private RepositoryPlugins(@Nullable String before) {
    this.before = before;
  }

  /** Uses the repository's plugins from now on; remembers what was set before. */
  static RepositoryPlugins use() {
    String before = System.getProperty(PluginFolders.BUILT_IN_PROPERTY);
    System.setProperty(
        PluginFolders.BUILT_IN_PROPERTY, Path.of("..", "plugins").toAbsolutePath().toString());
    return new RepositoryPlugins(before);
  }

  /** Puts back what was set before {@link #use}. */
  void restore() {
    if (before == null) {
      System.clearProperty(PluginFolders.BUILT_IN_PROPERTY);
    } else {
      System.setProperty(PluginFolders.BUILT_IN_PROPERTY, before);
    }
  }
}
