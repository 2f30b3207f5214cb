package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maya scenes the plugin cannot render from, each refused with the file, the line and the fix. */
class MayaBrokenScenesTest {
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

  @Test
  void aSceneWhoseEveryCameraIsOffIsRefusedNamingThem() throws Exception {
    Path scene =
        TestScenes.maya(
            folder,
            "dark.ma",
            """
            createNode transform -s -n "persp";
            createNode camera -s -n "perspShape" -p "persp";
            \tsetAttr ".rnd" no;
            createNode transform -n "shotCam";
            createNode camera -n "shotCamShape" -p "shotCam";
            \tsetAttr ".rnd" no;
            """);

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": no camera renders (persp, shotCam: each has '.rnd' off): make one renderable"
                + " in Render Settings > Common > Renderable Camera");
  }

  @Test
  void anEndFrameBeforeTheStartFrameIsRefusedAtItsLine() throws Exception {
    Path scene =
        TestScenes.maya(
            folder,
            "backwards.ma",
            """
            select -ne :defaultRenderGlobals;
            \tsetAttr ".an" yes;
            \tsetAttr ".fs" 10;
            \tsetAttr ".ef" 1;
            """);

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 5: the end frame 1 comes before the start frame 10, so no frame renders:"
                + " set End Frame to 10 or later in Render Settings > Common");
  }

  @Test
  void aByFrameStepOfZeroIsRefusedAtItsLine() throws Exception {
    Path scene =
        TestScenes.maya(
            folder,
            "still.ma",
            """
            select -ne :defaultRenderGlobals;
            \tsetAttr ".an" yes;
            \tsetAttr ".bfs" 0;
            """);

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 4: the by frame step ('.bfs') is 0, so no frame renders: set By Frame to"
                + " 1 or more in Render Settings > Common");
  }

  @Test
  void aStartFrameBetweenFramesIsRefusedAtItsLine() throws Exception {
    Path scene =
        TestScenes.maya(
            folder,
            "half.ma",
            """
            select -ne :defaultRenderGlobals;
            \tsetAttr ".an" yes;
            \tsetAttr ".fs" 1.5;
            """);

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 4: the start frame ('.fs') is 1.5, not a whole number: Farmhand renders"
                + " whole frames of whole images; set a whole number in Render Settings > Common");
  }

  @Test
  void noRenderableLayerIsRefusedNamingTheLayers() throws Exception {
    Path scene =
        TestScenes.maya(
            folder,
            "layers.ma",
            """
            createNode renderLayer -n "defaultRenderLayer";
            \tsetAttr ".rndr" no;
            createNode renderLayer -n "rs_fg";
            \tsetAttr ".rndr" no;
            """);

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": no render layer renders (the layers: masterLayer, fg): make one renderable in"
                + " the Render Setup window");
  }

  @Test
  void aFileCutShortInsideAStringIsRefusedAtTheLineTheStringStarts() throws Exception {
    Path scene =
        TestScenes.write(
            folder.resolve("cut.ma"),
            """
            //Maya ASCII 2024 scene
            createNode file -n "wood";
            \tsetAttr ".ftn" -type "string" "sourceimages/wo""");

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 3: a string starts here and is never closed: the file is cut short, or a"
                + " '\"' is missing");
  }

  @Test
  void aFileCutShortAfterAStatementsFirstWordsIsRefusedAtThatStatement() throws Exception {
    Path scene =
        TestScenes.write(
            folder.resolve("cut.ma"),
            """
            //Maya ASCII 2024 scene
            createNode file -n "wood";
            \tsetAttr ".ftn" -type "string" "sourceimages/wood.png";
            createNode file -n "metal"
            """);

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 4: the statement 'createNode file ...' has no ';' before the file ends:"
                + " the file is cut short; save the scene from Maya again");
  }

  @Test
  void aFileCutShortBetweenStatementsIsReadButWarnedAbout() throws Exception {
    Path scene =
        TestScenes.write(
            folder.resolve("cut.ma"), "//Maya ASCII 2024 scene\nrequires maya \"2024\";\n");

    assertThat(maya.read(scene).get("warnings"))
        .isEqualTo(
            List.of("cut.ma does not end with Maya's '// End of' line: it may be cut short"));
  }

  @Test
  void aFileThatIsNotAMayaSceneIsRefusedShowingItsFirstLine() throws Exception {
    Path scene = TestScenes.write(folder.resolve("notes.ma"), "{\"format\": \"farmhand\"}\n");

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": is not a Maya ASCII scene: its first line must start with '//Maya' (as in"
                + " '//Maya ASCII 2024 scene'), not '{\"format\": \"farmhand\"}'");
  }

  @Test
  void aMayaBinarySceneWithTheAsciiEndingIsRefusedSayingHowToSaveIt() throws Exception {
    Path scene = Files.write(folder.resolve("binary.ma"), new byte[] {'F', 'O', 'R', '4', 0, 0});

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": is a Maya binary scene, which Farmhand cannot read: save it as Maya ASCII"
                + " (.ma) in Maya");
  }

  @Test
  void aSceneThatIsNotThereIsRefusedByName() {
    Path scene = folder.resolve("gone.ma");

    assertThat(maya.refusal(scene))
        .isEqualTo(scene + ": cannot be read: No such file or directory");
  }

  @Test
  void anUnknownTimeUnitIsRefusedAtItsLine() throws Exception {
    Path scene = TestScenes.maya(folder, "odd.ma", "currentUnit -l centimeter -t lightyear;\n");

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 2: 'currentUnit -t lightyear' is not a time unit Maya has: write film,"
                + " pal, ntsc or a rate such as 25fps");
  }

  @Test
  void missingTexturesAndATileSetWithNoTileOnDiskAreFlaggedNotRefused() throws Exception {
    Path scene =
        TestScenes.maya(
            folder,
            "bare.ma",
            """
            createNode file -n "wood";
            \tsetAttr ".ftn" -type "string" "sourceimages/wood.png";
            createNode file -n "floor";
            \tsetAttr ".ftn" -type "string" "sourceimages/floor.<UDIM>.png";
            """);

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.files(read))
        .containsExactly(
            "sourceimages/wood.png -> " + folder.resolve("sourceimages/wood.png") + " (missing)",
            "sourceimages/floor.<UDIM>.png -> "
                + folder.resolve("sourceimages/floor.<UDIM>.png")
                + " (missing)");
    assertThat(TestScenes.notes(read))
        .containsExactly(
            "no file on disk matches " + folder.resolve("sourceimages/floor.<UDIM>.png"));
  }

  @Test
  void aBrokenReferencedSceneIsRefusedNamingTheReferenceLineAndItsOwnLine() throws Exception {
    Path child =
        TestScenes.write(
            folder.resolve("assets/prop.ma"),
            "//Maya ASCII 2024 scene\n"
                + "createNode file -n \"f\";\n\tsetAttr \".ftn\" -type \"string\" \"a.png\"\ncreateNode");
    Path scene =
        TestScenes.maya(
            folder,
            "shot.ma",
            "file -r -ns \"prop\" -rfn \"propRN\" -typ \"mayaAscii\" \"assets/prop.ma\";\n");

    assertThat(maya.refusal(scene))
        .isEqualTo(
            scene
                + ": line 2: the referenced scene cannot be read: "
                + child
                + ": line 3: the statement 'setAttr \".ftn\" ...' has no ';' before the file ends:"
                + " the file is cut short; save the scene from Maya again");
  }
}
