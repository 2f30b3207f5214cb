package dev.farmhand.host.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plugins written into a test's temporary folder. */
public final class TestPlugins {
  /** The repository's built-in plugins; Maven runs tests in the module's folder. */
  public static final Path BUILT_IN = Path.of("..", "plugins").toAbsolutePath().normalize();

  public static final Path TURNTABLE =
      Path.of("..", "samples", "scenes", "turntable", "turntable.fhscene").toAbsolutePath();

  private TestPlugins() {}

  /** A plugin folder {@code parent/name} with a manifest and {@code module.py} holding code. */
  public static Path write(Path parent, String name, String ending, String module, String code)
      throws IOException {
    Path folder = Files.createDirectories(parent.resolve(name));
    Files.writeString(
        folder.resolve("plugin.json"),
        "{\"name\": \""
            + name
            + "\", \"version\": \"1.0.0\", \"dcc\": \"Test\", \"scene_extensions\": [\""
            + ending
            + "\"], \"entry\": \""
            + module
            + "\"}");
    Files.writeString(folder.resolve(module + ".py"), code);
    return folder;
  }

  /** Python returning a fixed, valid scene whose renderer is the given expression. */
  public static String sceneReturning(String rendererExpression) {
    return "def read_scene(path):\n"
        + "    return {'frames': '1-4', 'fps': 24, 'resolution': [64, 64],\n"
        + "            'cameras': [{'name': 'cam', 'renderable': True}], 'layers': ['beauty'],\n"
        + "            'renderer': "
        + rendererExpression
        + ", 'outputs': ['out_####.png'], 'dependencies': []}\n";
  }
}
