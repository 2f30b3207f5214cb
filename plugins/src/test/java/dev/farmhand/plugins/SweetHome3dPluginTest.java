package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.plugins.JobProblemsException;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.SceneInfo;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.PluginJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sweet Home 3D plugin read through the host as {@code farmhand submit} reads a home: real
 * Jython, Sweet Home 3D's own classes, the sample home and variants of it. Homes it refuses are
 * {@link SweetHome3dBrokenHomesTest}'s.
 */
@Tag("sweethome3d")
@Tag("slow")
class SweetHome3dPluginTest {
  @TempDir static Path homes;
  static PythonPlugin plugin;
  static SceneReaderOnJython reader;

  @BeforeAll
  static void openThePlugin() throws Exception {
    SweetHome3dHomes.assumeSweetHome3d();
    plugin = new PythonPlugin(SweetHome3dHomes.manifest());
    reader = new SceneReaderOnJython("sweethome3d", "sweethome3d_plugin");
  }

  @AfterAll
  static void closeThePlugin() {
    if (plugin != null) {
      plugin.close();
      reader.close();
    }
  }

  @Test
  void theSampleHomeIsReadAsItsVideoAlongTheCameraPath() throws Exception {
    SceneInfo scene = plugin.readScene(SweetHome3dHomes.SAMPLE);

    assertThat(scene.frames()).isEqualTo("1-6");
    assertThat(scene.fps()).isEqualTo(10.0);
    assertThat(scene.resolution()).isEqualTo(new SceneInfo.Resolution(64, 48));
    assertThat(scene.renderer()).isEqualTo("sweethome3d-video");
    assertThat(scene.outputs()).containsExactly("renders/room_video_####.png");
    assertThat(scene.cameras())
        .containsExactly(
            new SceneInfo.Camera("video path 1", true), new SceneInfo.Camera("video path 2", true));
    assertThat(scene.dependencies()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSampleHomesModelTextureAndPhotoSettingsAreReportedFromSweetHome3dsObjects() {
    Map<String, Object> scene = reader.read(SweetHome3dHomes.SAMPLE);

    assertThat((List<Map<String, Object>>) scene.get("contents"))
        .contains(
            Map.of("kind", "model", "of", "Crate", "where", "home", "url", "room.sh3d!/1"),
            Map.of(
                "kind",
                "texture",
                "of",
                "Crate: Crate checks",
                "where",
                "home",
                "url",
                "room.sh3d!/0"));
    assertThat((Map<String, Object>) scene.get("photo"))
        .containsEntry("width", 64)
        .containsEntry("height", 48)
        .containsEntry("quality", 2)
        .containsEntry("stored_cameras", List.of("Corner", "Door"));
    assertThat((Map<String, Object>) scene.get("video"))
        .containsEntry("fps", 10)
        .containsEntry("path_cameras", 2);
    assertThat(scene.get("version")).isEqualTo(7000);
  }

  @Test
  void aHomeWithoutAVideoPathIsReadAsPhotosOfItsStoredCameras() throws Exception {
    Path home =
        SweetHome3dHomes.variant(
            homes.resolve("photos.sh3d"),
            "from java.util import ArrayList\nhome.getEnvironment().setVideoCameraPath(ArrayList())");

    SceneInfo scene = plugin.readScene(home);

    assertThat(scene.frames()).isEqualTo("1-2");
    assertThat(scene.renderer()).isEqualTo("sweethome3d");
    assertThat(scene.outputs()).containsExactly("renders/photos_####.png");
    assertThat(scene.cameras())
        .containsExactly(new SceneInfo.Camera("Corner", true), new SceneInfo.Camera("Door", true));
  }

  @Test
  void aHomeWithNoStoredCameraIsOnePhotoOfItsCurrentView() throws Exception {
    Path home =
        SweetHome3dHomes.variant(
            homes.resolve("one view.sh3d"),
            String.join(
                "\n",
                "from java.util import ArrayList",
                "home.getEnvironment().setVideoCameraPath(ArrayList())",
                "home.setStoredCameras(ArrayList())"));

    SceneInfo scene = plugin.readScene(home);

    assertThat(scene.frames()).isEqualTo("1");
    assertThat(scene.cameras()).containsExactly(new SceneInfo.Camera("virtual visitor", true));
  }

  @Test
  void texturesKeptOutsideTheHomeAreItsDependenciesAndAMissingOneIsFlagged() throws Exception {
    Path folder = Files.createDirectories(homes.resolve("outside/textures"));
    Path wood = Files.copy(SweetHome3dHomes.SAMPLE, folder.resolve("wood.png"));
    Path gone = folder.resolve("gone.png");
    Files.copy(SweetHome3dHomes.SAMPLE, gone);
    Path home =
        SweetHome3dHomes.variant(
            homes.resolve("outside/house.sh3d"),
            String.join(
                "\n",
                "def texture(name, path):",
                "    image = load('tools.URLContent')(File(path).toURI().toURL())",
                "    return load('model.HomeTexture')(load('model.CatalogTexture')(name, image, 50, 50))",
                "room = home.getRooms()[0]",
                "room.setFloorTexture(texture('wood', "
                    + PluginPython.literal(wood.toString())
                    + "))",
                "room.setCeilingTexture(texture('gone', "
                    + PluginPython.literal(gone.toString())
                    + "))",
                "keep_outside = True"));
    Files.delete(gone);

    SceneInfo scene = plugin.readScene(home);

    assertThat(scene.dependencies())
        .containsExactly(
            new SceneInfo.Dependency(wood, "textures/wood.png", false),
            new SceneInfo.Dependency(gone, "textures/gone.png", true));
  }

  @Test
  void theJobRendersVideoFramesFiveATaskAndRecordsHowManyTheHomeHas() throws Exception {
    JobSpec job = PluginJobs.make(plugin.read(SweetHome3dHomes.SAMPLE), JobOverrides.NONE);

    assertThat(job.renderer()).isEqualTo("sweethome3d-video");
    assertThat(job.frames().toString()).isEqualTo("1-6");
    assertThat(job.chunk()).isEqualTo(5);
    assertThat(job.outputPattern()).isEqualTo("renders/room_video_####.png");
    assertThat(job.metadata())
        .containsEntry("sweethome3d_render", "video")
        .containsEntry("sweethome3d_frames", "6");
  }

  @Test
  void framesBeyondTheHomesAreRefusedBeforeAnythingIsSent() throws Exception {
    JobOverrides frames = new JobOverrides(null, "1-9", null, null, null, null, null, null, null);

    assertThatThrownBy(() -> PluginJobs.make(plugin.read(SweetHome3dHomes.SAMPLE), frames))
        .isInstanceOf(JobProblemsException.class)
        .hasMessageEndingWith(
            "  frames: the home has 6 video frames, numbered 1-6, so frame 9 is none of them:"
                + " give frames from 1 to 6, or leave --frames out");
  }
}
