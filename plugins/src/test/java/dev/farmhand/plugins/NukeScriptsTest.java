package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nuke plugin on scripts that miss files, name other machines' paths or use other knobs. */
class NukeScriptsTest {
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

  private Map<String, Object> read(String nodes) throws Exception {
    return nuke.read(
        TestScenes.nuke(
            folder,
            "comp.nk",
            "Root {\n inputs 0\n first_frame 1\n last_frame 3\n format \"640 480 0 0 640 480 1"
                + " PC_Video\"\n}\n"
                + nodes
                + "Write {\n file renders/comp.%04d.exr\n name Write1\n}\n"));
  }

  @Test
  void framesMissingFromASequenceAreFlaggedEachWithANote() throws Exception {
    TestScenes.touch(folder, "plates/bg.0001.exr", "plates/bg.0003.exr");

    Map<String, Object> script = read("Read {\n file plates/bg.%04d.exr\n name Read_bg\n}\n");

    assertThat(TestScenes.files(script))
        .containsExactly(
            "plates/bg.0001.exr -> " + folder.resolve("plates/bg.0001.exr"),
            "plates/bg.0002.exr -> " + folder.resolve("plates/bg.0002.exr") + " (missing)",
            "plates/bg.0003.exr -> " + folder.resolve("plates/bg.0003.exr"));
    assertThat(TestScenes.notes(script)).containsExactly("frame 2 of Read_bg is not on disk");
  }

  @Test
  void aSequenceWithNoFrameOnDiskIsOneMissingEntry() throws Exception {
    Map<String, Object> script =
        read("Read {\n file plates/bg.####.exr\n first 10\n last 20\n name Read_bg\n}\n");

    assertThat(TestScenes.files(script))
        .containsExactly(
            "plates/bg.####.exr -> " + folder.resolve("plates/bg.####.exr") + " (missing)");
    assertThat(TestScenes.notes(script))
        .containsExactly(
            "no frame of " + folder.resolve("plates/bg.####.exr") + " (10-20) is on disk");
  }

  @Test
  void aWindowsReadWhoseEndIsHereIsMappedAndOneThatIsNotIsMissingWithANote() throws Exception {
    TestScenes.touch(folder, "plates/bg.0001.exr", "plates/bg.0002.exr", "plates/bg.0003.exr");

    Map<String, Object> script =
        read(
            """
            Read {
             file C:/shows/kitchen/sh010/comp/plates/bg.%04d.exr
             name Read_bg
            }
            Read {
             file "\\\\\\\\fileserver\\\\library\\\\grain\\\\grain.png"
             name Read_grain
            }
            """);

    assertThat(TestScenes.files(script))
        .containsExactly(
            "C:/shows/kitchen/sh010/comp/plates/bg.0001.exr -> "
                + folder.resolve("plates/bg.0001.exr"),
            "C:/shows/kitchen/sh010/comp/plates/bg.0002.exr -> "
                + folder.resolve("plates/bg.0002.exr"),
            "C:/shows/kitchen/sh010/comp/plates/bg.0003.exr -> "
                + folder.resolve("plates/bg.0003.exr"),
            "\\\\fileserver\\library\\grain\\grain.png -> "
                + folder.resolve("grain/grain.png")
                + " (missing)");
    assertThat(TestScenes.notes(script))
        .containsExactly(
            "C:/shows/kitchen/sh010/comp/plates/bg.%04d.exr is a Windows path from another"
                + " machine; mapped to "
                + folder.resolve("plates/bg.%04d.exr")
                + ", which ends the same way",
            "C:/shows/kitchen/sh010/comp/plates/bg.%04d.exr is a Windows path from another"
                + " machine; mapped to "
                + folder.resolve("plates/bg.%04d.exr")
                + ", which ends the same way",
            "C:/shows/kitchen/sh010/comp/plates/bg.%04d.exr is a Windows path from another"
                + " machine; mapped to "
                + folder.resolve("plates/bg.%04d.exr")
                + ", which ends the same way",
            "\\\\fileserver\\library\\grain\\grain.png is a Windows path from another machine,"
                + " and no file here ends the same way: put it at "
                + folder.resolve("grain/grain.png")
                + ", or change the path in the scene");
  }

  @Test
  void thePathExpressionsNamingTheScriptsFolderAreReadAndOthersAreMissingWithANote()
      throws Exception {
    TestScenes.touch(folder, "elements/grain.png", "elements/logo.png");

    Map<String, Object> script =
        read(
            """
            Read {
             file "\\[file dirname \\[value root.name]]/elements/grain.png"
            }
            Read {
             file "[python {nuke.script_directory()}]/elements/logo.png"
            }
            Read {
             file "[value shot_root]/elements/dust.png"
             name Read_dust
            }
            """);

    assertThat(TestScenes.files(script))
        .containsExactly(
            "elements/grain.png -> " + folder.resolve("elements/grain.png"),
            "elements/logo.png -> " + folder.resolve("elements/logo.png"),
            "[value shot_root]/elements/dust.png -> "
                + folder.resolve("[value shot_root]/elements/dust.png")
                + " (missing)");
    assertThat(TestScenes.notes(script))
        .containsExactly(
            "[value shot_root]/elements/dust.png holds a TCL expression, which Farmhand does not"
                + " run: write the path without it");
  }

  @Test
  void aWriteToAnotherMachinesFolderIsNamedByItsFileNameWithAWarning() throws Exception {
    Map<String, Object> script =
        read("Write {\n file \"C:/renders/kitchen/sh010_comp.%04d.exr\"\n name Write_win\n}\n");

    assertThat(script.get("layers")).isEqualTo(List.of("Write_win", "Write1"));
    assertThat(script.get("outputs"))
        .isEqualTo(List.of("sh010_comp.####.exr", "renders/comp.####.exr"));
    assertThat(script.get("warnings"))
        .isEqualTo(
            List.of(
                "line 9: Write_win writes to C:/renders/kitchen/sh010_comp.%04d.exr, outside the"
                    + " script's folder; its images are named by the file name alone in the job's"
                    + " output folder"));
  }

  @Test
  void readsInsideADisabledGroupAndDisabledReadsReadNothing() throws Exception {
    Map<String, Object> script =
        read(
            """
            Read {
             file gone.exr
             disable true
            }
            Group {
             name Off
             disable true
            }
             Read {
              file inside.exr
             }
            end_group
            """);

    assertThat(TestScenes.dependencies(script)).isEmpty();
  }

  @Test
  void stereoViewsAreEachReadAndWritten() throws Exception {
    TestScenes.touch(folder, "plates/left.png", "plates/right.png");
    Map<String, Object> script =
        nuke.read(
            TestScenes.nuke(
                folder,
                "stereo.nk",
                """
                Root {
                 views "left #ff0000
                right #00ff00"
                }
                Read {
                 file plates/%V.png
                }
                Write {
                 file out/%v/comp.####.exr
                }
                """));

    assertThat(script.get("views")).isEqualTo(List.of("left", "right"));
    assertThat(TestScenes.dependencies(script))
        .extracting(d -> d.get("relative"))
        .containsExactly("plates/left.png", "plates/right.png");
    assertThat(script.get("outputs"))
        .isEqualTo(List.of("out/l/comp.####.exr", "out/r/comp.####.exr"));
  }

  @Test
  void aScriptWithoutRootKnobsHasNukesDefaultsAndSaysItAssumedTheFormat() throws Exception {
    Map<String, Object> script =
        nuke.read(TestScenes.nuke(folder, "bare.nk", "Write {\n file out.####.exr\n}\n"));

    assertThat(script.get("frames")).isEqualTo("1-100");
    assertThat(script.get("fps")).isEqualTo(24);
    assertThat(script.get("resolution")).isEqualTo(List.of(1920, 1080));
    assertThat(script.get("layers")).isEqualTo(List.of("Write"));
    assertThat(script.get("warnings"))
        .isEqualTo(List.of("Root has no format, so HD_1080 (1920 x 1080) is assumed"));
  }

  @Test
  void otherFileKnobsOfTheTableAreReadAndACameraOnlyWhenItReadsFromItsFile() throws Exception {
    TestScenes.touch(folder, "geo/set.abc", "cams/shot.abc", "cams/unused.abc", "precomp.nk");

    Map<String, Object> script =
        read(
            """
            ReadGeo2 {
             file geo/set.abc
            }
            Camera3 {
             read_from_file true
             file cams/shot.abc
            }
            Camera3 {
             file cams/unused.abc
            }
            Precomp {
             file precomp.nk
            }
            Blur {
             file not/a/file/knob.exr
            }
            """);

    assertThat(TestScenes.dependencies(script))
        .extracting(d -> d.get("relative"))
        .containsExactly("geo/set.abc", "cams/shot.abc", "precomp.nk");
  }
}
