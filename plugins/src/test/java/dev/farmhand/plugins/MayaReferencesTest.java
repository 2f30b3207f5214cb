package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maya plugin and referenced files: loaded or not, Maya ASCII or another kind. */
class MayaReferencesTest {
  static SceneReaderOnJython maya;

  @TempDir Path project;

  @BeforeAll
  static void startPython() {
    maya = new SceneReaderOnJython("maya", "maya_plugin");
  }

  @AfterAll
  static void stopPython() {
    maya.close();
  }

  @Test
  void anUnloadedReferenceIsNotSentAndIsWarnedAbout() throws Exception {
    TestScenes.maya(project.resolve("assets"), "lamp.ma", "");
    TestScenes.maya(project.resolve("assets"), "tree.ma", "");
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            """
            file -rdi 1 -ns "lamp" -rfn "lampRN" -typ "mayaAscii" "assets/lamp.ma";
            file -rdi 1 -ns "tree" -dr 1 -rfn "treeRN" -typ "mayaAscii" "assets/tree.ma";
            file -r -ns "lamp" -dr 1 -rfn "lampRN" -typ "mayaAscii" "assets/lamp.ma";
            file -r -ns "tree" -dr 1 -rfn "treeRN" -typ "mayaAscii" "assets/tree.ma";
            """);

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.files(read))
        .containsExactly("assets/lamp.ma -> " + project.resolve("assets/lamp.ma"));
    assertThat(read.get("warnings"))
        .isEqualTo(
            List.of(
                "line 3: the reference assets/tree.ma is unloaded, so it is not sent: load it in"
                    + " the Reference Editor if the render needs it"));
  }

  @Test
  void aReferenceWithoutDepthInfoLoadsUnlessItSaysDeferred() throws Exception {
    TestScenes.maya(project.resolve("assets"), "old.ma", "");
    TestScenes.maya(project.resolve("assets"), "off.ma", "");
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            """
            file -r -rpr "old" "assets/old.ma";
            file -r -rpr "off" -dr 1 "assets/off.ma";
            """);

    assertThat(TestScenes.dependencies(maya.read(scene)))
        .extracting(d -> d.get("relative"))
        .containsExactly("assets/old.ma");
  }

  @Test
  void aReferencedAsciiSceneIsReadForItsOwnFilesAndNestedReferencesOnce() throws Exception {
    TestScenes.touch(project, "sourceimages/bark.png", "sourceimages/leaf.png");
    TestScenes.maya(
        project.resolve("assets"),
        "leaf.ma",
        "createNode file -n \"leaf\";\n\tsetAttr \".ftn\" -type \"string\""
            + " \"sourceimages/leaf.png\";\n");
    TestScenes.maya(
        project.resolve("assets"),
        "tree.ma",
        """
        file -rdi 1 -ns "leaf" -rfn "leafRN" "assets/leaf.ma";
        file -r -ns "leaf" -dr 1 -rfn "leafRN" "assets/leaf.ma";
        createNode file -n "bark";
        \tsetAttr ".ftn" -type "string" "sourceimages/bark.png";
        """);
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            """
            file -rdi 1 -ns "tree" -rfn "treeRN" -typ "mayaAscii" "assets/tree.ma{1}";
            file -rdi 2 -ns "leaf" -rfn "tree:leafRN" "assets/leaf.ma";
            file -r -ns "tree" -dr 1 -rfn "treeRN" -typ "mayaAscii" "assets/tree.ma{1}";
            """);

    assertThat(TestScenes.dependencies(maya.read(scene)))
        .extracting(d -> d.get("relative"))
        .containsExactly(
            "assets/tree.ma", "assets/leaf.ma", "sourceimages/leaf.png", "sourceimages/bark.png");
  }

  @Test
  void aBinaryOrAlembicReferenceIsSentAsItIsAndABinaryOneIsWarnedAbout() throws Exception {
    TestScenes.touch(project, "assets/car.mb", "cache/crowd.abc");
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            """
            file -r -ns "car" -rfn "carRN" -typ "mayaBinary" "assets/car.mb";
            file -r -ns "crowd" -rfn "crowdRN" -typ "Alembic" "cache/crowd.abc";
            """);

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.dependencies(read))
        .extracting(d -> d.get("relative"))
        .containsExactly("assets/car.mb", "cache/crowd.abc");
    assertThat(read.get("warnings"))
        .isEqualTo(
            List.of(
                "line 2: the referenced scene "
                    + project.resolve("assets/car.mb")
                    + " is Maya binary, so the files it uses are not listed: save it as Maya"
                    + " ASCII"));
  }

  @Test
  void aMissingReferenceIsFlagged() throws Exception {
    Path scene =
        TestScenes.maya(project, "shot.ma", "file -r -ns \"x\" -rfn \"xRN\" \"assets/x.ma\";\n");

    assertThat(TestScenes.files(maya.read(scene)))
        .containsExactly("assets/x.ma -> " + project.resolve("assets/x.ma") + " (missing)");
  }
}
