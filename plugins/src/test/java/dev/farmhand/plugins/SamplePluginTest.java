package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/** The reference plugin, run on Jython as the host runs it, on the sample scene. */
class SamplePluginTest {
  static final Path SCENE =
      Path.of("..", "samples", "scenes", "turntable", "turntable.fhscene").toAbsolutePath();

  static PythonInterpreter python;
  static PyObject readScene;

  @BeforeAll
  static void startPython() {
    Properties properties = new Properties();
    properties.setProperty("python.cachedir.skip", "true");
    properties.setProperty("python.import.site", "false");
    PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
    PySystemState state = new PySystemState();
    state.dont_write_bytecode = true;
    state.path.append(new PyString(BuiltInPluginsTest.PLUGINS.resolve("sample").toString()));
    python = new PythonInterpreter(null, state);
    python.exec("import sample_plugin");
    readScene = python.get("sample_plugin").__getattr__("read_scene");
  }

  @AfterAll
  static void stopPython() {
    python.close();
  }

  private static PyObject read(Path scene) {
    return readScene.__call__(new PyString(scene.toString()));
  }

  @Test
  void readsTheSampleScenesFramesCamerasOutputsAndRenderer() {
    PyObject scene = read(SCENE);

    assertThat(scene.__getitem__(new PyString("frames")).toString()).isEqualTo("1-24");
    assertThat(scene.__getitem__(new PyString("renderer")).toString()).isEqualTo("sample");
    assertThat(scene.__getitem__(new PyString("outputs")).toString())
        .isEqualTo("[u'renders/turntable_####.png']");
    assertThat(scene.__getitem__(new PyString("cameras")).__len__()).isEqualTo(2);
  }

  @Test
  void listsTheTextureAsAPresentDependencyWithItsAbsolutePath() {
    PyObject dependency = read(SCENE).__getitem__(new PyString("dependencies")).__getitem__(0);

    assertThat(dependency.__getitem__(new PyString("path")).toString())
        .isEqualTo(SCENE.getParent().resolve("textures/checker.png").normalize().toString());
    assertThat(dependency.__getitem__(new PyString("missing")).__nonzero__()).isFalse();
  }

  @Test
  void flagsATextureThatIsNotOnDisk(@TempDir Path folder) throws Exception {
    Path scene = folder.resolve("lonely.fhscene");
    Files.writeString(scene, Files.readString(SCENE));

    PyObject dependency = read(scene).__getitem__(new PyString("dependencies")).__getitem__(0);

    assertThat(dependency.__getitem__(new PyString("missing")).__nonzero__()).isTrue();
  }

  @Test
  void refusesAFileThatIsNotASampleSceneAndNamesIt(@TempDir Path folder) throws Exception {
    Path notAScene = folder.resolve("notes.fhscene");
    Files.writeString(notAScene, "{\"format\": \"something-else\"}");

    assertThatThrownBy(() -> read(notAScene))
        .isInstanceOfSatisfying(
            PyException.class,
            e -> {
              assertThat(e.type.__getattr__("__name__").toString()).isEqualTo("SceneError");
              assertThat(e.value.__str__().toString())
                  .isEqualTo(
                      notAScene
                          + ": is not a sample scene: its 'format' must be 'farmhand-scene/1'");
            });
  }
}
