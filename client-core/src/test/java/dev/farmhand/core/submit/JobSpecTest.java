package dev.farmhand.core.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.sync.LocalDependency;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSpecTest {
  private static final String SHA =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static JobSpec.Builder good() {
    return JobSpec.builder()
        .title("sh010 lighting")
        .scene("shots/sh010.blend")
        .renderer("blender")
        .frames("1-100")
        .scouts("auto:3")
        .chunk(5)
        .file(
            new LocalDependency(
                Path.of("/projects/sh010.blend"), RelativePath.of("shots/sh010.blend")))
        .file(
            new LocalDependency(
                Path.of("/projects/tex/wood.png"), RelativePath.of("tex/wood.png")));
  }

  @Test
  void aGoodSpecBecomesTheRequestThatMakesItsJob() {
    JobSpec spec =
        good().priority(70).preemptible(true).retries(3, 0).metadata("plugin", "blender").build();

    JobCreateRequest request =
        spec.toRequest(List.of(new Dependency("shots/sh010.blend", SHA, 10)));

    assertThat(request.title()).isEqualTo("sh010 lighting");
    assertThat(request.scene()).isEqualTo("shots/sh010.blend");
    assertThat(request.frames()).isEqualTo("1-100");
    assertThat(request.scouts()).isEqualTo("auto:3");
    assertThat(request.chunk()).isEqualTo(5);
    assertThat(request.priority()).isEqualTo(70);
    assertThat(request.preemptible()).isTrue();
    assertThat(request.retries()).isEqualTo(new RetryPolicy(3, 0));
    assertThat(request.metadata()).containsEntry("plugin", "blender");
    assertThat(request.dependencies()).hasSize(1);
  }

  @Test
  void everyFaultIsListedWithItsFieldBeforeAnythingIsSent() {
    JobSpec.Builder bad =
        JobSpec.builder()
            .title(" ")
            .scene("../outside.blend")
            .renderer("blender")
            .frames("5-1x0")
            .chunk(0)
            .priority(120);

    assertThatThrownBy(bad::build)
        .isInstanceOfSatisfying(
            InvalidJobSpecException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("title", "frames", "chunk", "priority", "scene"))
        .hasMessage(
            "the job cannot be sent: title: give the job a title; frames: frame spec '5-1x0': step"
                + " 0 in '5-1x0' must be 1 or more (write 5-1 for every frame); chunk: 0 frames per"
                + " task: give 1 or more; priority: 120 is out of range: give 0 to 100 (higher runs"
                + " first); scene: path '../outside.blend' leaves its folder: '..' is not allowed");
  }

  @Test
  void scoutsOutsideTheFramesAreAFaultOfTheScoutsField() {
    assertThatThrownBy(() -> good().scouts("0,500").build())
        .isInstanceOfSatisfying(
            InvalidJobSpecException.class,
            e -> assertThat(e.faults().get("scouts")).startsWith("scout spec '0,500'"));
  }

  @Test
  void theSceneMustBeOneOfTheJobsFiles() {
    assertThatThrownBy(() -> good().scene("shots/other.blend").build())
        .hasMessage(
            "the job cannot be sent: scene: 'shots/other.blend' is not among the job's files: add"
                + " it as one");
  }

  @Test
  void aFileGivenTwiceIsAFault() {
    JobSpec.Builder twice =
        good()
            .file(
                new LocalDependency(
                    Path.of("/elsewhere/wood.png"), RelativePath.of("tex/wood.png")));

    assertThatThrownBy(twice::build)
        .hasMessage(
            "the job cannot be sent: files: 'tex/wood.png' is given twice: give each path once");
  }
}
