package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Maya plugin finds the files a scene names: projects, sequences, other machines. */
class MayaPathsTest {
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

  private static String texture(String path) {
    return "createNode file -n \"t%d\";\n\tsetAttr \".ftn\" -type \"string\" \"%s\";\n"
        .formatted(Math.abs(path.hashCode()), path);
  }

  @Test
  void aSceneInAProjectsScenesFolderReadsRelativePathsFromTheProject() throws Exception {
    TestScenes.touch(project, "workspace.mel", "sourceimages/wood.png", "scenes/notes.png");
    Path scene =
        TestScenes.maya(
            project.resolve("scenes"),
            "shot.ma",
            texture("sourceimages/wood.png") + texture("notes.png") + texture("metal.png"));

    Map<String, Object> read = maya.read(scene);

    assertThat(read.get("project")).isEqualTo(project.toString());
    assertThat(TestScenes.files(read))
        .containsExactly(
            "sourceimages/wood.png -> " + project.resolve("sourceimages/wood.png"),
            "notes.png -> " + project.resolve("scenes/notes.png"),
            "metal.png -> " + project.resolve("metal.png") + " (missing)");
  }

  @Test
  void aBareFileNameIsFoundInTheProjectsSourceimages() throws Exception {
    TestScenes.touch(project, "scenes/placeholder", "sourceimages/wood.png");
    Path scene = TestScenes.maya(project.resolve("scenes"), "shot.ma", texture("wood.png"));

    assertThat(TestScenes.files(maya.read(scene)))
        .containsExactly("wood.png -> " + project.resolve("sourceimages/wood.png"));
  }

  @Test
  void aWindowsPathEndingLikeAFileInTheProjectIsMappedToItWithANote() throws Exception {
    TestScenes.touch(project, "sourceimages/wood.png");
    Path scene =
        TestScenes.maya(project, "shot.ma", texture("C:/Users/ana/kitchen/sourceimages/wood.png"));

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.files(read))
        .containsExactly(
            "C:/Users/ana/kitchen/sourceimages/wood.png -> "
                + project.resolve("sourceimages/wood.png"));
    assertThat(TestScenes.notes(read))
        .containsExactly(
            "C:/Users/ana/kitchen/sourceimages/wood.png is a Windows path from another machine;"
                + " mapped to "
                + project.resolve("sourceimages/wood.png")
                + ", which ends the same way");
  }

  @Test
  void windowsPathsNotFoundHereAreMissingWhereTheyWouldBeFoundWithANote() throws Exception {
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            texture("C:\\\\proj\\\\textures\\\\metal.png")
                + texture("\\\\\\\\fileserver\\\\library\\\\hdri\\\\studio.exr")
                + texture("Z:/tiles/floor.<UDIM>.png"));

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.files(read))
        .containsExactly(
            "C:\\proj\\textures\\metal.png -> "
                + project.resolve("textures/metal.png")
                + " (missing)",
            "\\\\fileserver\\library\\hdri\\studio.exr -> "
                + project.resolve("hdri/studio.exr")
                + " (missing)",
            "Z:/tiles/floor.<UDIM>.png -> "
                + project.resolve("tiles/floor.<UDIM>.png")
                + " (missing)");
    assertThat(TestScenes.notes(read))
        .containsExactly(
            "C:\\proj\\textures\\metal.png is a Windows path from another machine, and no file"
                + " here ends the same way: put it at "
                + project.resolve("textures/metal.png")
                + ", or change the path in the scene",
            "\\\\fileserver\\library\\hdri\\studio.exr is a Windows path from another machine,"
                + " and no file here ends the same way: put it at "
                + project.resolve("hdri/studio.exr")
                + ", or change the path in the scene",
            "Z:/tiles/floor.<UDIM>.png is a Windows path from another machine, and no file here"
                + " ends the same way: put it at "
                + project.resolve("tiles/floor.<UDIM>.png")
                + ", or change the path in the scene");
  }

  @Test
  void aWindowsUdimSetWhoseTilesAreInTheProjectIsExpandedToThem() throws Exception {
    TestScenes.touch(project, "sourceimages/floor.1001.png", "sourceimages/floor.1002.png");
    Path scene =
        TestScenes.maya(project, "shot.ma", texture("D:/proj/sourceimages/floor.<udim>.png"));

    assertThat(TestScenes.files(maya.read(scene)))
        .containsExactly(
            "D:/proj/sourceimages/floor.1001.png -> "
                + project.resolve("sourceimages/floor.1001.png"),
            "D:/proj/sourceimages/floor.1002.png -> "
                + project.resolve("sourceimages/floor.1002.png"));
  }

  @Test
  void theProjectRootMarkMayaWritesIsReadFromThisProject() throws Exception {
    TestScenes.touch(project, "workspace.mel", "sourceimages/deep/wood.png");
    Path scene =
        TestScenes.maya(
            project, "shot.ma", texture("/mnt/old/kitchen//sourceimages/deep/wood.png"));

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.files(read))
        .containsExactly(
            "/mnt/old/kitchen//sourceimages/deep/wood.png -> "
                + project.resolve("sourceimages/deep/wood.png"));
    assertThat(TestScenes.notes(read)).isEmpty();
  }

  @Test
  void aRelativePathWrittenWithBackslashesIsFound() throws Exception {
    TestScenes.touch(project, "sourceimages/wood.png");
    Path scene = TestScenes.maya(project, "shot.ma", texture("sourceimages\\\\wood.png"));

    assertThat(TestScenes.files(maya.read(scene)))
        .containsExactly("sourceimages\\wood.png -> " + project.resolve("sourceimages/wood.png"));
  }

  @Test
  void anUnsetVariableInAPathIsMissingWithANoteNamingIt() throws Exception {
    Path scene = TestScenes.maya(project, "shot.ma", texture("$FARMHAND_NO_SUCH_ROOT/wood.png"));

    Map<String, Object> read = maya.read(scene);

    assertThat(TestScenes.dependencies(read)).extracting(d -> d.get("missing")).containsOnly(true);
    assertThat(TestScenes.notes(read))
        .containsExactly(
            "$FARMHAND_NO_SUCH_ROOT/wood.png uses $FARMHAND_NO_SUCH_ROOT, which is not set here:"
                + " set it, or write the path without it");
  }

  @Test
  void anImageSequenceSwitchedOnIsEveryFrameOnDiskAndFramesTokensToo() throws Exception {
    TestScenes.touch(
        project,
        "plates/bg.0001.png",
        "plates/bg.0002.png",
        "cache/rock.12.ass",
        "cache/rock.3.ass");
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            """
            createNode file -n "bg";
            \tsetAttr ".ftn" -type "string" "plates/bg.0001.png";
            \tsetAttr ".ufe" yes;
            createNode aiStandIn -n "rockShape";
            \tsetAttr ".dso" -type "string" "cache/rock.<f>.ass";
            """);

    assertThat(TestScenes.files(maya.read(scene)))
        .containsExactly(
            "plates/bg.0001.png -> " + project.resolve("plates/bg.0001.png"),
            "plates/bg.0002.png -> " + project.resolve("plates/bg.0002.png"),
            "cache/rock.12.ass -> " + project.resolve("cache/rock.12.ass"),
            "cache/rock.3.ass -> " + project.resolve("cache/rock.3.ass"));
  }

  @Test
  void everyNodeTypeOfTheTableIsRead() throws Exception {
    List<String> names =
        List.of(
            "a.png", "b.psd", "c.mov", "d.png", "e.wav", "f.abc", "g.abc", "h.tx", "i.ass",
            "j.vdb");
    TestScenes.touch(project, names.toArray(String[]::new));
    Path scene =
        TestScenes.maya(
            project,
            "shot.ma",
            """
            createNode file -n "n1";
            \tsetAttr ".ftn" -type "string" "a.png";
            createNode psdFileTex -n "n2";
            \tsetAttr ".fileTextureName" -type "string" "b.psd";
            createNode movie -n "n3";
            \tsetAttr ".ftn" -type "string" "c.mov";
            createNode imagePlane -n "n4";
            \tsetAttr ".imn" -type "string" "d.png";
            createNode audio -n "n5";
            \tsetAttr ".f" -type "string" "e.wav";
            createNode AlembicNode -n "n6";
            \tsetAttr ".fn" -type "string" "f.abc";
            createNode gpuCache -n "n7";
            \tsetAttr ".cfn" -type "string" "g.abc";
            createNode aiImage -n "n8";
            \tsetAttr ".filename" -type "string" "h.tx";
            createNode aiStandIn -n "n9";
            \tsetAttr ".dso" -type "string" "i.ass";
            createNode aiVolume -n "n10";
            \tsetAttr ".filename" -type "string" "j.vdb";
            createNode mesh -n "notAFile";
            \tsetAttr ".ftn" -type "string" "k.png";
            """);

    assertThat(TestScenes.dependencies(maya.read(scene)))
        .extracting(d -> d.get("relative"))
        .isEqualTo(names);
  }
}
