package dev.farmhand.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farmhand script}: arguments, exit codes and what a failing script shows. */
class ScriptCommandTest {
  @TempDir Path folder;

  private Path script(String code) throws Exception {
    return Files.writeString(folder.resolve("render_check.py"), code);
  }

  @Test
  void everythingAfterTheFileIsTheScriptsOwnOptionsIncluded() throws Exception {
    Path file = script("from __future__ import print_function\nimport sys\nprint(sys.argv)\n");

    CliRun run = CliRun.of("script", file.toString(), "--json", "--farm", "x", "-h");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("['" + file + "', '--json', '--farm', 'x', '-h']\n");
  }

  @Test
  void aScriptThatRaisesExitsOneWithThePythonTracebackNamingFileAndLine() throws Exception {
    Path file = script("frames = []\nprint(frames[3])\n");

    CliRun run = CliRun.of("script", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "Traceback (most recent call last):\n"
                + "  File \""
                + file
                + "\", line 2, in <module>\n"
                + "    print(frames[3])\n"
                + "IndexError: index out of range: 3\n");
  }

  @Test
  void sysExitThreeExitsThree() throws Exception {
    Path file = script("import sys\nprint('checked')\nsys.exit(3)\n");

    CliRun run = CliRun.of("script", file.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEqualTo("checked\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aMissingScriptExitsTwoNamingIt() {
    Path missing = folder.resolve("nightly.py");

    CliRun run = CliRun.of("script", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "farmhand: the script "
                + missing
                + " does not exist: give the path of a Python file\n");
  }

  @Test
  void aFolderIsNotAScript() {
    CliRun run = CliRun.of("script", folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "farmhand: the script " + folder + " is not a file: give the path of a Python file\n");
  }
}
