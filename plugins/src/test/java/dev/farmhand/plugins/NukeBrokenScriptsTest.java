package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nuke scripts the plugin cannot render from, each refused with the file, line and fix. */
class NukeBrokenScriptsTest {
  static SceneReaderOnJython nuke;

  @TempDir Path folder;

  @BeforeAll
  static void startPython() {
    nuke = new SceneReaderOnJython("nuke", "nuke_plugin");
  }

  @AfterAll
  static void stopPython() {
    nuke.close();
  }

  @Test
  void aLastFrameBeforeTheFirstIsRefusedAtItsLine() throws Exception {
    Path script =
        TestScenes.nuke(
            folder,
            "comp.nk",
            "Root {\n first_frame 100\n last_frame 1\n}\nWrite {\n file out.####.exr\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 5: Root's last_frame 1 comes before its first_frame 100, so no frame"
                + " renders: set the frame range in Project Settings (last 100 or later)");
  }

  @Test
  void aReadWhoseLastFrameIsBeforeItsFirstIsRefusedAtItsLine() throws Exception {
    Path script =
        TestScenes.nuke(
            folder,
            "comp.nk",
            "Read {\n file a.%04d.exr\n first 20\n last 10\n name Read_a\n}\n"
                + "Write {\n file out.####.exr\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 6: Read_a's last frame 10 comes before its first frame 20: set its frame"
                + " range");
  }

  @Test
  void aFrameRangeThatIsAnExpressionIsRefusedAtItsLine() throws Exception {
    Path script =
        TestScenes.nuke(
            folder, "comp.nk", "Root {\n first_frame {{frame}}\n}\nWrite {\n file out.exr\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 4: Root's first_frame is '{frame}', not a whole frame: set the frame"
                + " range in Project Settings");
  }

  @Test
  void aScriptWithNoEnabledWriteIsRefused() throws Exception {
    Path script =
        TestScenes.nuke(
            folder, "comp.nk", "Root {\n}\nWrite {\n file out.####.exr\n disable true\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": no Write node renders (every one is disabled, or there is none): add a Write"
                + " node, or enable one");
  }

  @Test
  void aWriteWithoutAFileIsRefusedAtItsNode() throws Exception {
    Path script =
        TestScenes.nuke(folder, "comp.nk", "Root {\n}\nWrite {\n file \"\"\n name Write2\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 5: the Write 'Write2' has no file, so it cannot render: set its file, or"
                + " disable it");
  }

  @Test
  void aScriptCutShortInsideANodeIsRefusedAtTheNodesBrace() throws Exception {
    Path script =
        TestScenes.nuke(folder, "comp.nk", "Root {\n}\nWrite {\n file out.####.exr\n name W\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 5: the '{' here is never closed: the file is cut short, or a '}' is"
                + " missing");
  }

  @Test
  void aStringThatIsNeverClosedIsRefusedWhereItStarts() throws Exception {
    Path script =
        TestScenes.nuke(
            folder, "comp.nk", "Root {\n}\nWrite {\n file \"out.####.exr\n name W\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 6: a string starts here and is never closed: the file is cut short, or a"
                + " '\"' is missing");
  }

  @Test
  void aScriptCutShortInsideAGroupIsRefusedAtTheGroup() throws Exception {
    Path script =
        TestScenes.nuke(
            folder,
            "comp.nk",
            "Root {\n}\nGroup {\n name Finishing\n}\n Write {\n  file out.####.exr\n }\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 5: the Group 'Finishing' that starts here has no end_group: the file is"
                + " cut short; save the script from Nuke again");
  }

  @Test
  void aFileThatIsNotANukeScriptIsRefusedShowingHowItStarts() throws Exception {
    Path script =
        TestScenes.write(folder.resolve("shot.nk"), "//Maya ASCII 2024 scene\nrequires maya;\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": is not a Nuke script: it starts with '//Maya ASCII 2024 scene', and a Nuke"
                + " script starts with '#! .../nuke -nx', 'version 14.0 v5' or 'Root {'");
  }

  @Test
  void aBinaryFileIsRefusedAsNotAScript() throws Exception {
    Path script = Files.write(folder.resolve("shot.nk"), new byte[] {'R', 'o', 0, 1, 2});

    assertThat(nuke.refusal(script))
        .isEqualTo(script + ": is not a Nuke script: it is binary, and a Nuke script is text");
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    Path script = TestScenes.write(folder.resolve("shot.nk"), "\n\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(script + ": is empty: a Nuke script has a Root node and Write nodes");
  }

  @Test
  void aFormatFarmhandCannotReadIsRefusedAtItsLine() throws Exception {
    Path script =
        TestScenes.nuke(
            folder, "comp.nk", "Root {\n format \"Studio_Custom\"\n}\nWrite {\n file o.exr\n}\n");

    assertThat(nuke.refusal(script))
        .isEqualTo(
            script
                + ": line 4: Root's format 'Studio_Custom' is not one Farmhand can read: write it"
                + " as Nuke saves it, 'WIDTH HEIGHT 0 0 WIDTH HEIGHT 1 NAME', or as a standard name"
                + " such as HD_1080");
  }
}
