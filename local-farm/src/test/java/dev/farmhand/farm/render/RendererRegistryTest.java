package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererRegistryTest {
  @TempDir Path bin;

  @Test
  void listsEveryRendererByNameAndWhichCanRun() throws Exception {
    RendererRegistry registry = RendererRegistry.standard(FakePrograms.onPath(bin, "true"));

    assertThat(registry.renderers())
        .extracting(Renderer::name)
        .containsExactly("blender", "noop", "sample", "sweethome3d", "sweethome3d-video");
    assertThat(registry.available()).containsExactly("noop", "sample");
  }

  @Test
  void requireReturnsARendererThatCanRunWhateverTheCaseOfItsName() throws Exception {
    RendererRegistry registry = RendererRegistry.standard(FakePrograms.onPath(bin, "blender"));

    assertThat(registry.require("sample")).isInstanceOf(SampleRenderer.class);
    assertThat(registry.require("Blender")).isInstanceOf(BlenderRenderer.class);
  }

  @Test
  void aKnownRendererThatCannotRunIsRefusedWithItsOwnReason() throws Exception {
    RendererRegistry registry = RendererRegistry.standard(FakePrograms.onPath(bin));

    assertThatThrownBy(() -> registry.require("blender"))
        .isInstanceOfSatisfying(
            RendererUnavailableException.class,
            e -> {
              assertThat(e.renderer()).isEqualTo("blender");
              assertThat(e.reason()).isEqualTo(e.getMessage());
            })
        .hasMessage("no worker has Blender: 'blender' is not on the PATH");
    assertThatThrownBy(() -> registry.require("noop"))
        .hasMessage("no worker has 'true': it is not on the PATH");
    assertThat(registry.find("blender")).isPresent();
  }

  @Test
  void applicationsTheFarmKnowsOfButNeverRunsAreRefusedByName() throws Exception {
    RendererRegistry registry = RendererRegistry.standard(FakePrograms.onPath(bin));

    assertThatThrownBy(() -> registry.require("maya")).hasMessage("no worker has Maya");
    assertThatThrownBy(() -> registry.require("nuke")).hasMessage("no worker has Nuke");
    assertThat(registry.find("maya")).isEmpty();
  }

  @Test
  void sweetHome3dRendersWhenItsJarsAreThereAndXvfbRunIsOnThePath() throws Exception {
    SweetHome3dInstall install = SweetHome3dRendererTest.fakeInstall(bin.resolve("sh3d"));
    RendererRegistry registry =
        RendererRegistry.standard(FakePrograms.onPath(bin, "xvfb-run"), install);

    assertThat(registry.require("sweethome3d")).isInstanceOf(SweetHome3dRenderer.class);
    assertThat(registry.require("SweetHome3D-Video").name()).isEqualTo("sweethome3d-video");
  }

  @Test
  void sweetHome3dWithoutTheJarItWasPointedAtIsRefusedNamingTheJarAndTheFlag() throws Exception {
    SweetHome3dInstall install =
        SweetHome3dInstall.debianWithJar(bin.resolve("nowhere/sweethome3d.jar"));
    RendererRegistry registry =
        RendererRegistry.standard(FakePrograms.onPath(bin, "xvfb-run"), install);

    assertThatThrownBy(() -> registry.require("sweethome3d"))
        .isInstanceOf(RendererUnavailableException.class)
        .hasMessageStartingWith(
            "no worker has Sweet Home 3D: " + bin.resolve("nowhere/sweethome3d.jar"))
        .hasMessageContaining(
            "(point farm start --sweethome3d-jar at Sweet Home 3D's sweethome3d.jar)");
  }

  @Test
  void anUnknownNameIsRefusedWithTheRenderersThatCanRun() throws Exception {
    RendererRegistry withBlender =
        RendererRegistry.standard(FakePrograms.onPath(bin, "blender", "true"));
    RendererRegistry without = RendererRegistry.standard(SearchPath.of(""));

    assertThatThrownBy(() -> withBlender.require("houdini"))
        .isInstanceOf(RendererUnavailableException.class)
        .hasMessage("no worker has 'houdini': this farm renders with blender, noop, sample");
    assertThatThrownBy(() -> without.require("houdini"))
        .hasMessage("no worker has 'houdini': this farm renders with sample");
  }

  @Test
  void twoRenderersOfOneNameAreRefused() throws Exception {
    SearchPath path = FakePrograms.onPath(bin, "true");

    assertThatThrownBy(
            () ->
                new RendererRegistry(
                    List.of(new NoopRenderer(path), new NoopRenderer(path)), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two renderers are called 'noop': give each its own name");
  }

  @Test
  void aRegistryWithNothingThatCanRunSaysSo() {
    RendererRegistry registry =
        new RendererRegistry(List.of(new NoopRenderer(SearchPath.of(""))), Map.of());

    assertThatThrownBy(() -> registry.require("houdini"))
        .hasMessage("no worker has 'houdini': this farm has no renderer that can run");
  }
}
