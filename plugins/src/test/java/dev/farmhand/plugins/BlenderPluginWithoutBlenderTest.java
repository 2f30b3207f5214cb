package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.python.core.PyException;

/**
 * The Blender plugin where no Blender runs: on a machine without one, with a program that hangs, on
 * files that cannot be .blend files, and the pure parts of reading a scene. Real Jython; the
 * plugin's environment is changed in its own interpreter and put back after each test.
 */
class BlenderPluginWithoutBlenderTest {
  @TempDir Path folder;
  static PluginPython python;

  @BeforeAll
  static void loadThePlugin() {
    python = new PluginPython(BlenderScenes.PLUGIN);
    python.exec("import os, blender_plugin, blender_process");
  }

  @AfterAll
  static void closeThePlugin() {
    python.close();
  }

  /** Runs body with these variables in the plugin's os.environ (null: unset), then puts it back. */
  private static void withEnvironment(Map<String, String> variables, ThrowingRunnable body)
      throws Exception {
    python.exec("_saved = dict(os.environ)");
    try {
      for (Map.Entry<String, String> variable : variables.entrySet()) {
        String name = PluginPython.literal(variable.getKey());
        python.exec(
            variable.getValue() == null
                ? "os.environ.pop(" + name + ", None)"
                : "os.environ[" + name + "] = " + PluginPython.literal(variable.getValue()));
      }
      body.run();
    } finally {
      python.exec(
          "for _name in list(os.environ.keys()):\n"
              + "    if _name not in _saved:\n"
              + "        del os.environ[_name]\n"
              + "for _name, _value in _saved.items():\n"
              + "    if os.environ.get(_name) != _value:\n"
              + "        os.environ[_name] = _value\n");
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** A PATH of one empty folder and no FARMHAND_BLENDER: a machine without Blender. */
  private Map<String, String> noBlender() throws Exception {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("PATH", Files.createDirectories(folder.resolve("bin")).toString());
    variables.put("FARMHAND_BLENDER", null);
    return variables;
  }

  /** The message of the SceneError that read_scene(scene) raised. */
  private static String sceneError(Path scene) {
    String[] message = new String[1];
    assertThatThrownBy(
            () -> python.exec("blender_plugin.read_scene(" + literal(scene) + ")"),
            "reading %s",
            scene)
        .isInstanceOfSatisfying(
            PyException.class,
            e -> {
              assertThat(e.type.__getattr__("__name__").toString()).isEqualTo("SceneError");
              message[0] = e.value.__str__().toString();
            });
    return message[0];
  }

  private static String literal(Path path) {
    return PluginPython.literal(path.toString());
  }

  @Test
  void withoutBlenderOnThePathTheSceneCannotBeReadAndTheMessageSaysWhatToInstall()
      throws Exception {
    withEnvironment(
        noBlender(),
        () ->
            assertThat(sceneError(BlenderScenes.SAMPLE))
                .isEqualTo(
                    BlenderScenes.SAMPLE
                        + ": cannot be read: reading a .blend needs Blender, and 'blender' is not"
                        + " on the PATH: install blender or put it on the PATH (or set"
                        + " FARMHAND_BLENDER to the blender program)"));
  }

  @Test
  void aFarmhandBlenderThatIsNotAProgramIsNamed() throws Exception {
    Path notAProgram = Files.writeString(folder.resolve("blender"), "not a program");
    Map<String, String> variables = noBlender();
    variables.put("FARMHAND_BLENDER", notAProgram.toString());

    withEnvironment(
        variables,
        () ->
            assertThat(sceneError(BlenderScenes.SAMPLE))
                .isEqualTo(
                    BlenderScenes.SAMPLE
                        + ": cannot be read: FARMHAND_BLENDER names "
                        + notAProgram
                        + ", which is not a program that can be run: set it to the blender"
                        + " program, or unset it to use the blender on the PATH"));
  }

  @Test
  void aTextFileNamedBlendIsRefusedBeforeBlenderIsLookedFor() throws Exception {
    Path scene = Files.writeString(folder.resolve("notes.blend"), "hello, this is text\n");

    withEnvironment(
        noBlender(),
        () ->
            assertThat(sceneError(scene))
                .isEqualTo(
                    scene
                        + ": is not a .blend file: Blender's files begin with 'BLENDER' or are"
                        + " compressed, and this one begins with 'hello, t'"));
  }

  @Test
  void anEmptyFileAndAMissingFileAreRefusedByName() throws Exception {
    Path empty = Files.createFile(folder.resolve("empty.blend"));
    Path missing = folder.resolve("gone.blend");

    withEnvironment(
        noBlender(),
        () -> {
          assertThat(sceneError(empty))
              .isEqualTo(
                  empty
                      + ": is empty (0 bytes), not a .blend file: save the scene again from"
                      + " Blender");
          assertThat(sceneError(missing))
              .isEqualTo(missing + ": cannot be read: No such file or directory");
        });
  }

  /**
   * A stand-in for a Blender that hangs on a file (which a real one does not do on demand): a shell
   * script that prints a line, starts a child and waits. Both are stopped.
   */
  @Test
  void aBlenderThatHangsIsStoppedAfterTheTimeoutWithWhatItPrinted() throws Exception {
    Path shell = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(shell), "no /bin/sh to write the stand-in with");
    Path pids = folder.resolve("pids");
    Path hanging =
        Files.writeString(
            folder.resolve("hanging-blender"),
            "#!/bin/sh\n"
                + "echo 'Read blend: the scene'\n"
                + "sleep 600 &\n"
                + "echo $$ $! > '"
                + pids
                + "'\n"
                + "wait\n");
    assertThat(hanging.toFile().setExecutable(true)).isTrue();
    Map<String, String> variables = noBlender();
    variables.put("FARMHAND_BLENDER", hanging.toString());
    python.exec("blender_process.TIMEOUT_SECONDS = 1");
    try {
      withEnvironment(
          variables,
          () ->
              assertThat(sceneError(BlenderScenes.SAMPLE))
                  .isEqualTo(
                      BlenderScenes.SAMPLE
                          + ": Blender did not finish reading it within 1 s and was stopped: open"
                          + " it in Blender to see whether it loads; its last lines:\n"
                          + "  Read blend: the scene"));
    } finally {
      python.exec("blender_process.TIMEOUT_SECONDS = 120");
    }
    for (String pid : Files.readString(pids).strip().split(" ")) {
      ProcessHandle.of(Long.parseLong(pid))
          .ifPresent(
              process -> {
                try {
                  process.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new AssertionError("process " + pid + " is still running", e);
                }
              });
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "//renders/frame_####      | renders/frame_####.png",
        "//renders/frame_####.png  | renders/frame_####.png",
        "//renders/frame_####.exr  | renders/frame_####.png",
        "//renders/                | renders/####.png",
        "//renders/shot_           | renders/shot_####.png",
        "//shots//./a/frame_##     | shots/a/frame_##.png",
        "//renders\\frame_####     | renders/frame_####.png",
        "//../elsewhere/shot_      | shot_####.png",
        "/tmp/                     | ####.png",
        "/mnt/renders/f_###.v2     | f_###.v2.png",
        "C:\\renders\\shot_        | shot_####.png",
        "''                        | ####.png",
        "frames/f_####             | frames/f_####.png",
      })
  void anOutputPathBecomesAPatternInTheJobsOutputFolder(String path, String pattern) {
    assertThat(
            python
                .eval(
                    "blender_plugin.output_pattern("
                        + PluginPython.literal(path)
                        + ", u'/scenes/shot.blend')")
                .toString())
        .isEqualTo(pattern);
  }

  @Test
  void anOutputPathWithMoreThanOneRunOfHashesIsRefused() {
    assertThatThrownBy(
            () -> python.eval("blender_plugin.output_pattern(u'//v##/f_####', u'/s/shot.blend')"))
        .isInstanceOfSatisfying(
            PyException.class,
            e ->
                assertThat(e.value.__str__().toString())
                    .isEqualTo(
                        "/s/shot.blend: its output path '//v##/f_####' has '#' elsewhere than in"
                            + " one run for the frame number: write it as //renders/frame_####"
                            + " (Output Properties > Output)"));
  }

  @ParameterizedTest(name = "{0}-{1} step {2} -> {3}")
  @CsvSource({"1, 12, 1, 1-12", "3, 20, 4, 3-20x4", "7, 7, 1, 7", "7, 7, 3, 7", "0, 1, 2, 0-1x2"})
  void aFrameRangeAndStepBecomeAFrameSpec(int start, int end, int step, String spec) {
    assertThat(
            python
                .eval(
                    "blender_plugin.frames({'frame_start': "
                        + start
                        + ", 'frame_end': "
                        + end
                        + ", 'frame_step': "
                        + step
                        + "}, u'shot.blend')")
                .toString())
        .isEqualTo(spec);
  }
}
