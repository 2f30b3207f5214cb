package dev.farmhand.host.scripting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ProfileStore;
import dev.farmhand.host.plugins.PluginFolders;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.scenes.SceneJobs;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts run on Jython with the farmhand module: output, arguments, exits and tracebacks. */
class ScriptRunnerTest {
  static final Path PLUGINS = Path.of("..", "plugins").toAbsolutePath().normalize();
  static final Path TURNTABLE =
      Path.of("..", "samples", "scenes", "turntable", "turntable.fhscene").toAbsolutePath();

  @TempDir Path folder;
  @TempDir Path home;

  /** One run: its exit code and what it printed. */
  record Run(int exit, String out, String err) {}

  private Run run(String code, String... args) throws Exception {
    return runFile(Files.writeString(folder.resolve("job_script.py"), code), args);
  }

  private Run runFile(Path script, String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ClientConfig config = new ClientConfig(Map.of(), new ProfileStore(home.resolve("config.json")));
    SceneJobs scenes =
        new SceneJobs(
            () -> PluginRegistry.discover(new PluginFolders(Optional.of(PLUGINS), home)),
            notice -> err.write("farmhand: " + notice + "\n"));
    try (ScriptSession session = new ScriptSession(config, ClientConfig.Flags.NONE, scenes)) {
      int exit = new ScriptRunner(out, err).run(script, List.of(args), session);
      return new Run(exit, out.toString(), err.toString());
    }
  }

  @Test
  void aScriptRunsAsMainWithItsArgumentsAndPrintsToTheOutputGiven() throws Exception {
    Run run =
        run(
            "from __future__ import print_function\n"
                + "import sys\n"
                + "print(__name__, sys.argv[1:], __file__.endswith('job_script.py'))\n",
            "--json",
            "a b");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("__main__ ['--json', 'a b'] True\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theScriptsFolderComesFirstOnSysPathSoItsOwnModulesImport() throws Exception {
    Files.writeString(folder.resolve("helper.py"), "ANSWER = 42\n");

    Run run = run("import helper\nprint(helper.ANSWER)\n");

    assertThat(run.out()).isEqualTo("42\n");
  }

  @Test
  void aScriptThatRaisesExitsOneWithItsTracebackNamingTheFileAndLine() throws Exception {
    Run run = run("def check(n):\n    raise ValueError('frame %d is blank' % n)\n\ncheck(7)\n");

    Path file = folder.resolve("job_script.py");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "Traceback (most recent call last):\n"
                + "  File \""
                + file
                + "\", line 4, in <module>\n"
                + "    check(7)\n"
                + "  File \""
                + file
                + "\", line 2, in check\n"
                + "    raise ValueError('frame %d is blank' % n)\n"
                + "ValueError: frame 7 is blank\n");
  }

  @Test
  void aJavaExceptionShowsItsClassAndMessageButNoJavaStackTrace() throws Exception {
    Run run = run("from java.io import File\nFile(None)\n");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("line 2, in <module>")
        .endsWith("java.lang.NullPointerException\n")
        .doesNotContain("\tat ");
  }

  @Test
  void sysExitGivesItsCodeAndAMessageExitsOneWithTheMessage() throws Exception {
    assertThat(run("import sys\nsys.exit(3)\n").exit()).isEqualTo(3);
    assertThat(run("import sys\nsys.exit()\n").exit()).isZero();
    Run message = run("import sys\nsys.exit('no frames to check')\n");
    assertThat(message.exit()).isEqualTo(1);
    assertThat(message.err()).isEqualTo("no frames to check\n");
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLine() throws Exception {
    Run run = run("x = 1\nif x\n");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "  File \""
                + folder.resolve("job_script.py")
                + "\", line 2\n"
                + "    if x\n"
                + "        ^\n"
                + "SyntaxError: mismatched input '\\n' expecting COLON\n");
  }

  @Test
  void connectWithNoFarmAnywhereRaisesFarmErrorSayingWhereToGiveOne() throws Exception {
    Run run =
        run(
            "from __future__ import print_function\n"
                + "import farmhand\n"
                + "try:\n"
                + "    farmhand.connect()\n"
                + "except farmhand.FarmError as e:\n"
                + "    print(type(e).__name__, e)\n");

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "FarmError no farm given: pass --farm URL, set FARMHAND_FARM, or run farmhand login\n");
  }

  @Test
  void readSceneAnswersWhatTheScenesPluginReads() throws Exception {
    Run run =
        run(
            "from __future__ import print_function\n"
                + "import farmhand\n"
                + "scene = farmhand.read_scene(r'"
                + TURNTABLE
                + "')\n"
                + "print(scene.plugin, scene.frames, scene.width, scene.height, scene.renderer)\n"
                + "print(scene.outputs, [d['relative'] for d in scene.dependencies])\n");

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "sample 1-24 320 180 sample\n"
                + "['renders/turntable_####.png'] ['textures/checker.png']\n");
  }

  @Test
  void aSceneThePluginRefusesRaisesPluginErrorWithThePluginsTraceback() throws Exception {
    Path scene = Files.writeString(folder.resolve("notes.fhscene"), "{\"format\": \"x\"}");

    Run run =
        run(
            "from __future__ import print_function\n"
                + "import farmhand\n"
                + "try:\n"
                + "    farmhand.read_scene(r'"
                + scene
                + "')\n"
                + "except farmhand.PluginError as e:\n"
                + "    print(e.plugin, str(e).splitlines()[0])\n");

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("sample plugin 'sample' (")
        .contains("read_scene(" + scene + ") raised SceneError: ");
  }

  @Test
  void aSceneNoPluginReadsIsAValueErrorListingWhatThePluginsRead() throws Exception {
    Run run =
        run(
            "import farmhand\n"
                + "try:\n"
                + "    farmhand.read_scene('shot.xyz')\n"
                + "except ValueError as e:\n"
                + "    print(e)\n");

    assertThat(run.out()).startsWith("the scene shot.xyz is not a file");
  }

  @Test
  void theWritersStayOpenForWhatTheCommandPrintsAfterTheScript() throws Exception {
    StringWriter text = new StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(text);
    Path script = Files.writeString(folder.resolve("short.py"), "print('frames checked')\n");
    ClientConfig config = new ClientConfig(Map.of(), new ProfileStore(home.resolve("config.json")));
    try (ScriptSession session =
        new ScriptSession(
            config, ClientConfig.Flags.NONE, new SceneJobs(() -> null, notice -> {}))) {
      new ScriptRunner(out, out).run(script, List.of(), session);
    }
    out.print("after the script\n");
    out.flush();

    assertThat(out.checkError()).isFalse();
    assertThat(text.toString()).isEqualTo("frames checked\nafter the script\n");
  }
}
