package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin that fails is reported with its name, file and traceback, and the host goes on. */
class PluginFailureTest {
  @TempDir Path builtIn;
  @TempDir Path user;

  private PluginRegistry discover() {
    return PluginRegistry.discover(new PluginFolders(Optional.of(builtIn), user));
  }

  @Test
  void aPluginThatRaisesLeavesTheOtherPluginsAndItselfWorking() throws Exception {
    Path file =
        TestPlugins.write(
                builtIn,
                "moody",
                ".moody",
                "moody",
                "CALLS = [0]\n"
                    + "def read_scene(path):\n"
                    + "    CALLS[0] += 1\n"
                    + "    if CALLS[0] == 1:\n"
                    + "        raise ValueError('first call fails')\n"
                    + "    return scene()\n"
                    + TestPlugins.sceneReturning("'moody'").replace("read_scene(path)", "scene()"))
            .resolve("moody.py");
    TestPlugins.write(builtIn, "steady", ".steady", "steady", TestPlugins.sceneReturning("'ok'"));

    try (PluginRegistry registry = discover()) {
      PythonPlugin moody = registry.forScene(Path.of("a.moody"));
      assertThatThrownBy(() -> moody.readScene(Path.of("a.moody")))
          .isInstanceOf(PluginException.class)
          .hasMessageStartingWith("plugin 'moody' (" + file + "): read_scene(")
          .hasMessageContaining(") raised ValueError: first call fails\nTraceback")
          .hasMessageContaining("File \"" + file + "\", line 5, in read_scene");

      assertThat(registry.forScene(Path.of("a.steady")).readScene(Path.of("a.steady")).renderer())
          .isEqualTo("ok");
      assertThat(moody.readScene(Path.of("a.moody")).renderer()).isEqualTo("moody");
    }
  }

  @Test
  void aPluginThatCallsSysExitIsAnErrorNotTheEndOfTheHost() throws Exception {
    TestPlugins.write(
        builtIn,
        "quitter",
        ".q",
        "quitter",
        "import sys\ndef read_scene(path):\n    sys.exit(3)\n");
    TestPlugins.write(builtIn, "steady", ".steady", "steady", TestPlugins.sceneReturning("'ok'"));

    try (PluginRegistry registry = discover()) {
      assertThatThrownBy(() -> registry.forScene(Path.of("a.q")).readScene(Path.of("a.q")))
          .isInstanceOfSatisfying(
              PluginException.class, e -> assertThat(e.pythonType()).isEqualTo("SystemExit"))
          .hasMessageContaining(") raised SystemExit: 3\n");
      assertThat(registry.forScene(Path.of("a.steady")).readScene(Path.of("a.steady")).renderer())
          .isEqualTo("ok");
    }
  }

  @Test
  void aFailureInBuildJobOrValidateShowsTheirLineAndTheFunction() throws Exception {
    Path folder =
        TestPlugins.write(
            builtIn,
            "shaky",
            ".shaky",
            "shaky",
            TestPlugins.sceneReturning("'r'")
                + "def build_job(scene, overrides):\n"
                + "    return {'title': scene['no such key']}\n"
                + "def validate(job):\n"
                + "    return [1 / 0]\n");
    Path file = folder.resolve("shaky.py");

    try (PythonPlugin shaky = new PythonPlugin(new PluginManifestReader().read(folder))) {
      PluginScene scene = shaky.read(Path.of("a.shaky"));

      assertThatThrownBy(() -> shaky.buildJob(scene, Map.of()))
          .isInstanceOf(PluginException.class)
          .hasMessageStartingWith(
              "plugin 'shaky' ("
                  + file
                  + "): build_job for "
                  + scene.file()
                  + " raised KeyError: 'no such key'\n")
          .hasMessageContaining("File \"" + file + "\", line 6, in build_job");
      assertThatThrownBy(() -> shaky.validate(TestJobs.minimal(scene.file())))
          .isInstanceOf(PluginException.class)
          .hasMessageStartingWith(
              "plugin 'shaky' ("
                  + file
                  + "): validate for the job 'minimal' raised ZeroDivisionError: integer division"
                  + " or modulo by zero\n")
          .hasMessageContaining("File \"" + file + "\", line 8, in validate");
    }
  }

  @Test
  void aFunctionNameBoundToSomethingElseIsNamed() throws Exception {
    Path folder =
        TestPlugins.write(
            builtIn,
            "odd",
            ".odd",
            "odd",
            TestPlugins.sceneReturning("'r'") + "validate = ['not', 'a', 'function']\n");

    try (PythonPlugin odd = new PythonPlugin(new PluginManifestReader().read(folder))) {
      assertThatThrownBy(() -> odd.defines(PythonPlugin.VALIDATE))
          .hasMessage(
              "plugin 'odd' ("
                  + folder.resolve("odd.py")
                  + "): 'validate' in odd.py is a list, not a function: define it with def"
                  + " validate");
      assertThat(odd.defines(PythonPlugin.BUILD_JOB)).isFalse();
      assertThat(odd.defines(PythonPlugin.READ_SCENE)).isTrue();
    }
  }
}
