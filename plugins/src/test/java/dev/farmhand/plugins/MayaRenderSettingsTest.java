package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the Maya plugin reads render settings a scene leaves at Maya's defaults, or sets. */
class MayaRenderSettingsTest {
  static SceneReaderOnJython maya;

  @TempDir Path folder;

  @BeforeAll
  static void startPython() {
    maya = new SceneReaderOnJython("maya", "maya_plugin");
  }

  @AfterAll
  static void stopPython() {
    maya.close();
  }

  private Map<String, Object> read(String body) throws Exception {
    return maya.read(TestScenes.maya(folder, "shot.ma", body));
  }

  @Test
  void aSceneThatSetsNothingRendersItsCurrentFrameThroughPerspAtMayasDefaults() throws Exception {
    Map<String, Object> scene = read("requires maya \"2024\";\n");

    assertThat(scene.get("frames")).isEqualTo("1");
    assertThat(scene.get("fps")).isEqualTo(24);
    assertThat(scene.get("resolution")).isEqualTo(List.of(640, 480));
    assertThat(scene.get("cameras"))
        .isEqualTo(List.of(Map.of("name", "persp", "renderable", true)));
    assertThat(scene.get("layers")).isEqualTo(List.of("masterLayer"));
    assertThat(scene.get("engine")).isEqualTo("mayaSoftware");
    assertThat(scene.get("outputs")).isEqualTo(List.of("shot.iff"));
  }

  @Test
  void withAnimationOffTheCurrentTimeIsTheOneFrame() throws Exception {
    Map<String, Object> scene =
        read(
            """
            select -ne :time1;
            \tsetAttr ".o" 37;
            select -ne :defaultRenderGlobals;
            \tsetAttr ".fs" 1;
            \tsetAttr ".ef" 100;
            """);

    assertThat(scene.get("frames")).isEqualTo("37");
  }

  @Test
  void framesAreWrittenInTheScenesTimeUnitWhichGivesTheRate() throws Exception {
    Map<String, Object> scene =
        read(
            """
            currentUnit -l centimeter -a degree -t ntsc;
            select -ne :defaultRenderGlobals;
            \tsetAttr ".an" yes;
            \tsetAttr ".fs" 101;
            \tsetAttr ".ef" 250;
            \tsetAttr ".bfs" 5;
            """);

    assertThat(scene.get("frames")).isEqualTo("101-250x5");
    assertThat(scene.get("fps")).isEqualTo(30);
  }

  @Test
  void aRateWrittenAsFpsIsThatRate() throws Exception {
    assertThat(read("currentUnit -t 23.976fps;\n").get("fps")).isEqualTo(23.976);
    assertThat(read("currentUnit -t pal;\n").get("fps")).isEqualTo(25);
  }

  @Test
  void attributesSetByNodeNameApplyToThatNode() throws Exception {
    Map<String, Object> scene =
        read(
            """
            createNode transform -s -n "persp";
            createNode camera -s -n "perspShape" -p "persp";
            createNode transform -n "cam";
            createNode camera -n "camShape" -p "cam";
            \tsetAttr ".rnd" no;
            setAttr "perspShape.rnd" no;
            setAttr "|cam|camShape.renderable" yes;
            setAttr ":defaultResolution.w" 2048;
            """);

    assertThat(scene.get("cameras"))
        .isEqualTo(
            List.of(
                Map.of("name", "persp", "renderable", false),
                Map.of("name", "cam", "renderable", true)));
    assertThat(scene.get("resolution")).isEqualTo(List.of(2048, 480));
  }

  @Test
  void imageNamesFollowTheFrameAndExtensionSettingsAndAddCameraFolders() throws Exception {
    Map<String, Object> scene =
        read(
            """
            createNode camera -n "leftShape" -p "left";
            createNode camera -n "rightShape" -p "right";
            select -ne :defaultRenderGlobals;
            \tsetAttr ".an" yes;
            \tsetAttr ".ef" 3;
            \tsetAttr ".outf" 32;
            \tsetAttr ".pff" yes;
            \tsetAttr ".peie" 2;
            \tsetAttr ".pad" 3;
            \tsetAttr ".ifp" -type "string" "renders/<Scene>_v<Version>";
            \tsetAttr ".rv" -type "string" "007";
            """);

    assertThat(scene.get("image_format")).isEqualTo("png");
    assertThat(scene.get("outputs"))
        .isEqualTo(
            List.of(
                "persp/renders/shot_v007_###.png",
                "left/renders/shot_v007_###.png",
                "right/renders/shot_v007_###.png"));
  }

  @Test
  void withTheFrameAfterTheExtensionTheNameEndsInTheFrame() throws Exception {
    Map<String, Object> scene =
        read(
            """
            select -ne :defaultRenderGlobals;
            \tsetAttr ".an" yes;
            \tsetAttr ".outf" 8;
            \tsetAttr ".ifp" -type "string" "%s_%l";
            """);

    assertThat(scene.get("outputs")).isEqualTo(List.of("shot_masterLayer.jpg.#"));
  }

  @Test
  void anImageFormatNumberFarmhandDoesNotKnowIsNamedUnknownAndWarnedAbout() throws Exception {
    Map<String, Object> scene =
        read("select -ne :defaultRenderGlobals;\n\tsetAttr \".outf\" 99;\n");

    assertThat(scene.get("outputs")).isEqualTo(List.of("shot.unknown"));
    assertThat(scene.get("warnings"))
        .isEqualTo(
            List.of(
                "line 3: Farmhand does not know Maya's image format 99 ('.outf'), so the outputs"
                    + " end in '.unknown'"));
  }

  @Test
  void anAbsoluteImagePrefixKeepsItsLastPartAndIsWarnedAbout() throws Exception {
    Map<String, Object> scene =
        read(
            "select -ne :defaultRenderGlobals;\n"
                + "\tsetAttr \".ifp\" -type \"string\" \"C:/renders/kitchen/beauty\";\n");

    assertThat(scene.get("outputs")).isEqualTo(List.of("beauty.iff"));
    assertThat(scene.get("warnings"))
        .isEqualTo(
            List.of(
                "line 3: the image file prefix C:/renders/kitchen/beauty is an absolute path; the"
                    + " outputs are named by its last part, in the job's output folder"));
  }

  @Test
  void longStringsWrittenInPartsAndSemicolonsInStringsDoNotEndStatements() throws Exception {
    Map<String, Object> scene =
        read(
            """
            createNode script -n "notes";
            \tsetAttr ".b" -type "string" ("print \\"a;b\\";\\n// not a comment"
            \t\t+ " \\"and more\\";");
            createNode file -n "wood";
            \tsetAttr ".ftn" -type "string" ("source" + "images/" + "wood;1.png");
            """);

    assertThat(TestScenes.dependencies(scene))
        .extracting(d -> d.get("relative"))
        .containsExactly("sourceimages/wood;1.png");
  }
}
