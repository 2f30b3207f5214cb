package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two plugins in one JVM never see each other's Python: not their module globals, not their {@code
 * sys.path} or {@code sys.modules}, not their builtins, not each other's module of the same name.
 * Each plugin reports what it sees as its scene's renderer.
 */
class PluginIsolationTest {
  @TempDir Path plugins;

  private PythonPlugin plugin(Path folder) throws Exception {
    return new PythonPlugin(new PluginManifestReader().read(folder));
  }

  /** Beta's view of what alpha might have leaked, as one string. */
  private static final String BETA_LOOKS =
      "import sys\n"
          + "def seen():\n"
          + "    try:\n"
          + "        import extra\n"
          + "        found = 'imported extra'\n"
          + "    except ImportError:\n"
          + "        found = 'no extra'\n"
          + "    try:\n"
          + "        leak = farmhand_leak\n"
          + "    except NameError:\n"
          + "        leak = 'no builtin'\n"
          + "    return '%s / %s / %s / len %d / %s' % (found, 'planted' in sys.modules,\n"
          + "        sys.path[0].endswith('beta'), len([1, 2]), leak)\n";

  @Test
  void sysPathSysModulesAndBuiltinsChangedByOnePluginAreNotSeenByAnother() throws Exception {
    Path alpha =
        TestPlugins.write(
            plugins,
            "alpha",
            ".a",
            "main",
            "import sys, types, __builtin__\n"
                + "def read_scene(path):\n"
                + "    sys.path.insert(0, "
                + pythonString(plugins.resolve("library").toString())
                + ")\n"
                + "    import extra\n"
                + "    sys.modules['planted'] = types.ModuleType('planted')\n"
                + "    __builtin__.farmhand_leak = 'alpha was here'\n"
                + "    __builtin__.len = lambda x: 42\n"
                + "    return scene(extra.NAME + ' / len %d' % len([1, 2]))\n"
                + TestPlugins.sceneReturning("renderer")
                    .replace("read_scene(path)", "scene(renderer)"));
    Files.createDirectories(plugins.resolve("library"));
    Files.writeString(plugins.resolve("library").resolve("extra.py"), "NAME = 'extra'\n");
    Path beta =
        TestPlugins.write(
            plugins, "beta", ".b", "main", BETA_LOOKS + TestPlugins.sceneReturning("seen()"));

    try (PythonPlugin a = plugin(alpha);
        PythonPlugin b = plugin(beta)) {
      assertThat(a.readScene(Path.of("x.a")).renderer()).isEqualTo("extra / len 42");
      assertThat(b.readScene(Path.of("x.b")).renderer())
          .isEqualTo("no extra / False / True / len 2 / no builtin");
    }
  }

  @Test
  void twoPluginsWithAModuleOfTheSameNameEachImportTheirOwnAndKeepTheirGlobals() throws Exception {
    Path[] folders = new Path[2];
    String[] names = {"first", "second"};
    for (int i = 0; i < 2; i++) {
      folders[i] =
          TestPlugins.write(
              plugins,
              names[i],
              "." + names[i],
              "plugin",
              "import helpers\n"
                  + "COUNT = [0]\n"
                  + "def count():\n"
                  + "    COUNT[0] += 1\n"
                  + "    return '%s %d' % (helpers.WHO, COUNT[0])\n"
                  + TestPlugins.sceneReturning("count()"));
      Files.writeString(folders[i].resolve("helpers.py"), "WHO = '" + names[i] + "'\n");
    }

    try (PythonPlugin first = plugin(folders[0]);
        PythonPlugin second = plugin(folders[1])) {
      assertThat(first.readScene(Path.of("a.first")).renderer()).isEqualTo("first 1");
      assertThat(first.readScene(Path.of("a.first")).renderer()).isEqualTo("first 2");
      assertThat(second.readScene(Path.of("a.second")).renderer()).isEqualTo("second 1");
      assertThat(first.readScene(Path.of("a.first")).renderer()).isEqualTo("first 3");
    }
  }

  private static String pythonString(String text) {
    return "u'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
