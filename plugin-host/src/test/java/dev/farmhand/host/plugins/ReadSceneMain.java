package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one scene through the plugins of a folder and prints its renderer: run in a JVM of its own
 * by {@link JythonFilesTest}, in a working directory of the test's choosing. Usage: {@code
 * ReadSceneMain PLUGINS_FOLDER SCENE}.
 */
public final class ReadSceneMain {
  private ReadSceneMain() {}

  public static void main(String[] args) throws Exception {
    Path scene = Path.of(args[1]);
    try (PluginRegistry registry =
        PluginRegistry.discover(
            new PluginFolders(Optional.of(Path.of(args[0])), PluginFolders.defaultUserFolder()))) {
      System.out.println(registry.forScene(scene).readScene(scene).renderer());
    }
  }
}
