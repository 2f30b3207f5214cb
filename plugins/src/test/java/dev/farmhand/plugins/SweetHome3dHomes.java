package dev.farmhand.plugins;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.PluginManifestException;
import dev.farmhand.host.plugins.PluginManifestReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample home of {@code samples/scenes/sweethome3d} and variants of it, made by Sweet Home 3D's
 * own classes (loaded by the plugin's {@code sh3d_classes}) on a Jython interpreter. Stateless.
 */
final class SweetHome3dHomes {
  static final Path SAMPLE =
      Path.of("..", "samples", "scenes", "sweethome3d", "room.sh3d").toAbsolutePath().normalize();
  static final Path PLUGIN = BuiltInPluginsTest.PLUGINS.resolve("sweethome3d");
  static final Path JAR = Path.of("/usr/share/sweethome3d/sweethome3d.jar");

  private SweetHome3dHomes() {}

  /** Skips the test, saying why, where Sweet Home 3D's jar is not in Debian's place. */
  static void assumeSweetHome3d() {
    assumeTrue(
        Files.isRegularFile(JAR),
        JAR
            + " is missing: reading a .sh3d needs Sweet Home 3D (Debian: apt-get install"
            + " sweethome3d)");
  }

  static PluginManifest manifest() throws PluginManifestException {
    return new PluginManifestReader().read(PLUGIN);
  }

  /**
   * Writes {@code target}: the sample home changed by {@code change}, Python run with {@code home}
   * (the sample, read by Sweet Home 3D), {@code load} (sh3d_classes.load for a class name) and
   * {@code File} (java.io.File) in scope. {@code keep_outside} set to True keeps contents from
   * files as references to them (Sweet Home 3D itself writes every content into the file).
   */
  static Path variant(Path target, String change) {
    try (PluginPython python = new PluginPython(PLUGIN)) {
      python.exec(
          String.join(
              "\n",
              "import sh3d_classes",
              "from java.io import File",
              "def load(name):",
              "    return sh3d_classes.load(name, 'test')",
              "home = load('io.HomeFileRecorder')().readHome("
                  + PluginPython.literal(SAMPLE.toString())
                  + ")",
              "keep_outside = False"));
      python.exec(change);
      python.exec(
          "load('io.HomeFileRecorder')(0, keep_outside).writeHome(home, "
              + PluginPython.literal(target.toString())
              + ")");
    }
    return target;
  }
}
