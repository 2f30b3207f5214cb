package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins run on Jython through the host: results, isolation, failures that name the plugin. */
class PythonPluginTest {
  @TempDir Path plugins;
  @TempDir Path user;

  private PythonPlugin plugin(Path folder) throws Exception {
    return new PythonPlugin(new PluginManifestReader().read(folder));
  }

  @Test
  void theSamplePluginReadsTheTurntableSceneIntoASceneInfo() throws Exception {
    try (PythonPlugin sample = plugin(TestPlugins.BUILT_IN.resolve("sample"))) {
      SceneInfo scene = sample.readScene(TestPlugins.TURNTABLE);

      Path texture = TestPlugins.TURNTABLE.getParent().resolve("textures/checker.png").normalize();
      assertThat(scene)
          .isEqualTo(
              new SceneInfo(
                  "1-24",
                  24,
                  new SceneInfo.Resolution(320, 180),
                  List.of(new SceneInfo.Camera("orbit", true), new SceneInfo.Camera("top", false)),
                  List.of("beauty"),
                  "sample",
                  List.of("renders/turntable_####.png"),
                  List.of(new SceneInfo.Dependency(texture, "textures/checker.png", false))));
    }
  }

  @Test
  void theInterpreterStartsOnFirstUseIsReusedAndWritesNoBytecodeOrCacheHere() throws Exception {
    Path folder =
        TestPlugins.write(
            plugins,
            "counting",
            ".c",
            "counting",
            "CALLS = []\n"
                + TestPlugins.sceneReturning("'r%d' % len(CALLS)")
                    .replace(
                        "def read_scene(path):\n",
                        "def read_scene(path):\n    CALLS.append(path)\n"));
    try (PythonPlugin counting = plugin(folder)) {
      assertThat(counting.started()).isFalse();

      assertThat(counting.readScene(Path.of("a.c")).renderer()).isEqualTo("r1");
      assertThat(counting.readScene(Path.of("b.c")).renderer()).isEqualTo("r2");
      assertThat(counting.started()).isTrue();
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("plugin.json", "counting.py");
    }
    assertThat(Path.of(".jython_cache")).doesNotExist();
  }

  @Test
  void twoPluginsAreIsolatedModulesGlobalsAndSys() throws Exception {
    String shared = "VALUE = \"%s\"\n";
    Path alpha =
        TestPlugins.write(
            plugins,
            "alpha",
            ".a",
            "main",
            "import sys, common\n"
                + "common.VALUE = 'set by alpha'\n"
                + "sys.farmhand_leak = 'alpha'\n"
                + TestPlugins.sceneReturning("common.VALUE"));
    Files.writeString(alpha.resolve("common.py"), shared.formatted("alpha's own"));
    Path beta =
        TestPlugins.write(
            plugins,
            "beta",
            ".b",
            "main",
            "import sys, common\n"
                + TestPlugins.sceneReturning(
                    "common.VALUE + ' / ' + getattr(sys, 'farmhand_leak', 'no leak')"));
    Files.writeString(beta.resolve("common.py"), shared.formatted("beta's own"));

    try (PythonPlugin a = plugin(alpha);
        PythonPlugin b = plugin(beta)) {
      assertThat(a.readScene(Path.of("x.a")).renderer()).isEqualTo("set by alpha");
      assertThat(b.readScene(Path.of("x.b")).renderer()).isEqualTo("beta's own / no leak");
    }
  }

  @Test
  void aPluginThatRaisesNamesThePluginAndFileWithThePythonTracebackAndGoesOn() throws Exception {
    Path folder =
        TestPlugins.write(
            plugins,
            "fragile",
            ".f",
            "fragile",
            "def read_scene(path):\n"
                + "    if path.endswith('bad.f'):\n"
                + "        return helper(path)\n"
                + TestPlugins.sceneReturning("'fine'").replace("def read_scene(path):\n", "")
                + "def helper(path):\n"
                + "    raise KeyError('camera')\n");
    Path file = folder.resolve("fragile.py");
    try (PythonPlugin fragile = plugin(folder)) {
      Path bad = Path.of("bad.f").toAbsolutePath();

      assertThatThrownBy(() -> fragile.readScene(bad))
          .isInstanceOfSatisfying(
              PluginException.class,
              e -> {
                assertThat(e.plugin()).isEqualTo("fragile");
                assertThat(e.file()).isEqualTo(file);
                assertThat(e.pythonType()).isEqualTo("KeyError");
                assertThat(e.sceneFault()).isFalse();
                assertThat(e.getMessage())
                    .startsWith(
                        "plugin 'fragile' ("
                            + file
                            + "): read_scene("
                            + bad
                            + ") raised KeyError: 'camera'\n"
                            + "Traceback (most recent call last):\n")
                    .contains("File \"" + file + "\", line 3, in read_scene")
                    .contains("line 8, in helper")
                    .endsWith("KeyError: 'camera'");
              });
      assertThat(fragile.readScene(Path.of("good.f")).renderer()).isEqualTo("fine");
    }
  }

  @Test
  void aSceneTheSamplePluginRefusesIsASceneFault(@TempDir Path scenes) throws Exception {
    Path notAScene = Files.writeString(scenes.resolve("notes.fhscene"), "{\"format\": \"x\"}");
    try (PythonPlugin sample = plugin(TestPlugins.BUILT_IN.resolve("sample"))) {
      assertThatThrownBy(() -> sample.readScene(notAScene))
          .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.sceneFault()).isTrue())
          .hasMessageContaining(
              "raised SceneError: "
                  + notAScene
                  + ": is not a sample scene: its 'format' must be 'farmhand-scene/1'");
    }
  }

  @Test
  void aPluginThatDoesNotLoadIsReportedAndTriedAgainNextTime() throws Exception {
    Path folder = TestPlugins.write(plugins, "broken", ".x", "broken", "def read_scene(:\n");
    try (PythonPlugin broken = plugin(folder)) {
      assertThatThrownBy(() -> broken.readScene(Path.of("a.x")))
          .isInstanceOf(PluginException.class)
          .hasMessageStartingWith(
              "plugin 'broken' ("
                  + folder.resolve("broken.py")
                  + "): loading broken.py raised"
                  + " SyntaxError");

      Files.writeString(folder.resolve("broken.py"), TestPlugins.sceneReturning("'mended'"));
      assertThat(broken.readScene(Path.of("a.x")).renderer()).isEqualTo("mended");
    }
  }

  @Test
  void aMalformedResultNamesTheField() throws Exception {
    Path folder =
        TestPlugins.write(
            plugins,
            "sloppy",
            ".s",
            "sloppy",
            TestPlugins.sceneReturning("'r'").replace("'fps': 24", "'fps': 'fast'"));
    try (PythonPlugin sloppy = plugin(folder)) {
      assertThatThrownBy(() -> sloppy.readScene(Path.of("a.s")))
          .isInstanceOf(PluginException.class)
          .hasMessageEndingWith(
              "returned a scene the host cannot use: 'fps' must be a number, not str 'fast'");
    }
  }

  @Test
  void pythonValuesAreAcceptedInEachFormJythonGives() throws Exception {
    Path folder =
        TestPlugins.write(
            plugins,
            "loose",
            ".l",
            "loose",
            "def read_scene(path):\n"
                + "    return {u'frames': 12, 'fps': 23.976, 'resolution': (640L, 360),\n"
                + "            'cameras': ['main', {'name': u'side', 'renderable': 0}],\n"
                + "            'layers': (u'beauty',), 'renderer': u'sample',\n"
                + "            'outputs': ['o_####.exr'],\n"
                + "            'dependencies': [{'path': '/no/such/t\\xc3\\xa9x.png'}]}\n");
    try (PythonPlugin loose = plugin(folder)) {
      SceneInfo scene = loose.readScene(Path.of("a.l"));

      assertThat(scene.frames()).isEqualTo("12");
      assertThat(scene.fps()).isEqualTo(23.976);
      assertThat(scene.resolution()).isEqualTo(new SceneInfo.Resolution(640, 360));
      assertThat(scene.cameras())
          .containsExactly(new SceneInfo.Camera("main", true), new SceneInfo.Camera("side", false));
      assertThat(scene.layers()).containsExactly("beauty");
      assertThat(scene.dependencies())
          .containsExactly(new SceneInfo.Dependency(Path.of("/no/such/téx.png"), "téx.png", true));
    }
  }

  @Test
  void aClosedPluginRefusesCalls() throws Exception {
    PythonPlugin sample = plugin(TestPlugins.BUILT_IN.resolve("sample"));
    sample.close();

    assertThatThrownBy(() -> sample.readScene(TestPlugins.TURNTABLE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("plugin 'sample' is closed: open the plugins again");
  }

  @Test
  void theRegistryClosesItsPlugins() throws Exception {
    PluginRegistry registry =
        PluginRegistry.discover(new PluginFolders(Optional.of(TestPlugins.BUILT_IN), user));
    PythonPlugin sample = registry.forScene(TestPlugins.TURNTABLE);
    sample.readScene(TestPlugins.TURNTABLE);

    registry.close();

    assertThat(sample.started()).isFalse();
    assertThatThrownBy(() -> sample.readScene(TestPlugins.TURNTABLE))
        .isInstanceOf(IllegalStateException.class);
  }
}
