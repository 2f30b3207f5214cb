package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.host.plugins.JobProblemsException;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.PluginJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Homes the Sweet Home 3D plugin refuses, each with a message that names the file, the fault and
 * what to do; and a machine without Sweet Home 3D.
 */
@Tag("sweethome3d")
@Tag("slow")
class SweetHome3dBrokenHomesTest {
  @TempDir static Path homes;

  @BeforeAll
  static void needsSweetHome3d() {
    SweetHome3dHomes.assumeSweetHome3d();
  }

  /**
   * The refusal of the home, with variables set in the plugin's {@code os.environ} for the read.
   * Jython's {@code os.environ} is the JVM's, shared by every interpreter: they are removed after.
   */
  private static String refusal(Path home, String... environment) {
    try (SceneReaderOnJython reader =
        new SceneReaderOnJython("sweethome3d", "sweethome3d_plugin")) {
      reader.exec("import os");
      try {
        for (int i = 0; i < environment.length; i += 2) {
          reader.exec(
              "os.environ["
                  + PluginPython.literal(environment[i])
                  + "] = "
                  + PluginPython.literal(environment[i + 1]));
        }
        return reader.refusal(home);
      } finally {
        for (int i = 0; i < environment.length; i += 2) {
          reader.exec("os.environ.pop(" + PluginPython.literal(environment[i]) + ", None)");
        }
      }
    }
  }

  @Test
  void aFileThatIsNotThereIsNamed() {
    Path home = homes.resolve("nowhere.sh3d");

    assertThat(refusal(home))
        .isEqualTo(
            home + ": there is no such file: give the path of a .sh3d saved by Sweet Home 3D");
  }

  @Test
  void anEmptyFileIsToBeSavedAgain() throws Exception {
    Path home = Files.createFile(homes.resolve("empty.sh3d"));

    assertThat(refusal(home))
        .isEqualTo(
            home
                + ": is empty (0 bytes), not a Sweet Home 3D home: save it again from Sweet Home 3D");
  }

  @Test
  void aTextFileIsNotAHome() throws Exception {
    Path home = Files.writeString(homes.resolve("notes.sh3d"), "hello, this is text");

    assertThat(refusal(home))
        .isEqualTo(
            home
                + ": is not a Sweet Home 3D home: .sh3d files are zip archives, and this one begins"
                + " with 'hello, t'");
  }

  @Test
  void aTruncatedHomeIsCutShortWithSweetHome3dsOwnReason() throws Exception {
    byte[] whole = Files.readAllBytes(SweetHome3dHomes.SAMPLE);
    Path home = Files.write(homes.resolve("cut.sh3d"), Arrays.copyOf(whole, whole.length / 2));

    assertThat(refusal(home))
        .startsWith(home + ": is cut short or damaged: Sweet Home 3D says \"")
        .endsWith("\": save it again from Sweet Home 3D, or copy it again whole");
  }

  @Test
  void aVideoAskedOfAHomeWithoutAVideoPathHasNoFramesToRender() {
    Path home =
        SweetHome3dHomes.variant(
            homes.resolve("no path.sh3d"),
            "from java.util import ArrayList\nhome.getEnvironment().setVideoCameraPath(ArrayList())");

    assertThat(refusal(home, "FARMHAND_SWEETHOME3D_RENDER", "video"))
        .isEqualTo(
            home
                + ": has no video path, so it has no video frames to render: add 2 cameras or more"
                + " to its path (3D view > Create video), or render its photos"
                + " (FARMHAND_SWEETHOME3D_RENDER=photos)");
  }

  @Test
  void aVideoThatDoesNotMoveIsRefused() {
    Path home =
        SweetHome3dHomes.variant(
            homes.resolve("still.sh3d"), "home.getEnvironment().setVideoSpeed(0.0)");

    assertThat(refusal(home))
        .isEqualTo(
            home
                + ": its video moves at 0.0 m/s and 10 frames a second: set a speed and a frame"
                + " rate above 0 (3D view > Create video)");
  }

  @Test
  void anUnknownRenderChoiceSaysWhatToSet() {
    assertThat(refusal(SweetHome3dHomes.SAMPLE, "FARMHAND_SWEETHOME3D_RENDER", "movie"))
        .isEqualTo(
            SweetHome3dHomes.SAMPLE
                + ": FARMHAND_SWEETHOME3D_RENDER is 'movie': set it to photos or video, or unset it"
                + " to render the video when the home has one");
  }

  @Test
  void withoutSweetHome3dsJarTheHomeCannotBeReadAndTheMessageSaysWhatToInstall() {
    Path jar = homes.resolve("no/sweethome3d.jar");

    assertThat(refusal(SweetHome3dHomes.SAMPLE, "FARMHAND_SWEETHOME3D_JAR", jar.toString()))
        .isEqualTo(
            SweetHome3dHomes.SAMPLE
                + ": cannot be read: reading a .sh3d needs Sweet Home 3D, and its jar "
                + jar
                + " is not there: set FARMHAND_SWEETHOME3D_JAR to its sweethome3d.jar");
  }

  @Test
  void aHomeThatReadsFilesFromOutsideItIsRefusedBeforeAnythingIsSent() throws Exception {
    Path wood = Files.copy(SweetHome3dHomes.SAMPLE, homes.resolve("wood.png"));
    Path home =
        SweetHome3dHomes.variant(
            homes.resolve("outside.sh3d"),
            String.join(
                "\n",
                "image = load('tools.URLContent')(File("
                    + PluginPython.literal(wood.toString())
                    + ").toURI().toURL())",
                "texture = load('model.HomeTexture')(load('model.CatalogTexture')('wood', image, 50,"
                    + " 50))",
                "home.getRooms()[0].setFloorTexture(texture)",
                "keep_outside = True"));

    try (PythonPlugin plugin = new PythonPlugin(SweetHome3dHomes.manifest())) {
      assertThatThrownBy(() -> PluginJobs.make(plugin.read(home), JobOverrides.NONE))
          .isInstanceOf(JobProblemsException.class)
          .hasMessageEndingWith(
              "  files: the home reads 1 file from outside its .sh3d ("
                  + wood
                  + "), which Sweet Home 3D on the farm looks for where this machine has them:"
                  + " open it in Sweet Home 3D and save it (File > Save), which writes every model"
                  + " and texture into the .sh3d");
    }
  }
}
