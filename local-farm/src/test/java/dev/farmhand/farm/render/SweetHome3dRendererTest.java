package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.paths.RelativePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweetHome3dRendererTest {
  @TempDir Path dir;

  /** Empty files where Sweet Home 3D's jars would be, under {@code folder}. */
  static SweetHome3dInstall fakeInstall(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path jar = Files.writeString(folder.resolve("sweethome3d.jar"), "");
    Path j3d = Files.writeString(folder.resolve("j3dcore.jar"), "");
    return new SweetHome3dInstall(jar, List.of(j3d), folder);
  }

  private RenderTask task(List<Integer> frames) {
    return new RenderTask(
        dir.resolve("ws"),
        RelativePath.of("home/room.sh3d"),
        frames,
        dir.resolve("out"),
        "renders/room_####.png");
  }

  @Test
  void withoutXvfbRunItIsUnavailableNamingThePackagesToInstall() throws Exception {
    SweetHome3dRenderer renderer =
        SweetHome3dRenderer.photos(FakePrograms.onPath(dir.resolve("bin")), fakeInstall(dir));

    assertThat(renderer.unavailable())
        .hasValue(
            "no worker has Sweet Home 3D: 'xvfb-run' is not on the PATH (Debian: apt-get install"
                + " xvfb xauth)");
    assertThatThrownBy(() -> renderer.command(task(List.of(1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no worker has Sweet Home 3D: 'xvfb-run'");
  }

  @Test
  void withoutItsJarsItIsUnavailableNamingEachMissingFile() throws Exception {
    SweetHome3dInstall install =
        new SweetHome3dInstall(
            dir.resolve("a/sweethome3d.jar"), List.of(dir.resolve("b/j3dcore.jar")), dir);
    SweetHome3dRenderer renderer =
        SweetHome3dRenderer.video(FakePrograms.onPath(dir.resolve("bin")), install);

    assertThat(renderer.unavailable())
        .hasValue(
            "no worker has Sweet Home 3D: "
                + dir.resolve("a/sweethome3d.jar")
                + " is missing (point farm start --sweethome3d-jar at Sweet Home 3D's"
                + " sweethome3d.jar); "
                + dir.resolve("b/j3dcore.jar")
                + " is missing (Debian: apt-get install sweethome3d); 'xvfb-run' is not on the"
                + " PATH (Debian: apt-get install xvfb xauth)");
  }

  @Test
  void theCommandRunsTheRenderMainUnderXvfbWithSweetHome3dOnTheClassPath() throws Exception {
    SweetHome3dInstall install = fakeInstall(dir.resolve("sh3d"));
    SearchPath path = FakePrograms.onPath(dir.resolve("bin"), "xvfb-run");
    SweetHome3dRenderer photos = SweetHome3dRenderer.photos(path, install);
    SweetHome3dRenderer video = SweetHome3dRenderer.video(path, install);

    List<String> command = photos.command(task(List.of(1, 2)));

    assertThat(photos.name()).isEqualTo("sweethome3d");
    assertThat(video.name()).isEqualTo("sweethome3d-video");
    assertThat(command.get(0)).isEqualTo(dir.resolve("bin/xvfb-run").toString());
    assertThat(command.subList(1, 3)).containsExactly("-a", "-n");
    assertThat(command)
        .contains("-Djava.library.path=" + install.nativeLibraries())
        .containsSubsequence(
            SweetHome3dRenderMain.class.getName(),
            "--home",
            dir.resolve("ws/home/room.sh3d").toString(),
            "--mode",
            "photo",
            "--output-dir",
            dir.resolve("out").toString(),
            "--output",
            "renders/room_####.png",
            "--frames",
            "1,2");
    String classPath = command.get(command.indexOf("-cp") + 1);
    assertThat(classPath)
        .endsWith(install.jar() + ":" + install.libraries().get(0))
        .startsWith(System.getProperty("java.class.path"));
    assertThat(video.command(task(List.of(3)))).containsSubsequence("--mode", "video");
  }

  @Test
  void tasksStartedTogetherLookForTheirDisplayFromDifferentNumbers() throws Exception {
    SweetHome3dRenderer renderer =
        SweetHome3dRenderer.photos(
            FakePrograms.onPath(dir.resolve("bin"), "xvfb-run"), fakeInstall(dir.resolve("sh3d")));

    String first = renderer.command(task(List.of(1))).get(3);
    String second = renderer.command(task(List.of(1))).get(3);

    assertThat(first).isNotEqualTo(second);
  }
}
