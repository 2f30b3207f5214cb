package dev.farmhand.host.scripting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.host.submit.JobOverrides;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A script's submit options and job specs, read field by field with faults named. */
class ScriptSubmitsTest {
  @Test
  void aSpecPutsTheSceneAtTheTopOfTheWorkspaceAndItsFilesWhereItSays() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("scene", "/shows/sh010/shot.fhscene");
    spec.put("renderer", "sample");
    spec.put("frames", "1-10");
    spec.put("files", Map.of("textures/wood.png", "/shows/lib/wood.png"));
    spec.put("scouts", "auto:2");
    spec.put("priority", 70L);
    spec.put("metadata", Map.of("shot", "sh010"));

    JobSpec job = ScriptSubmits.spec(spec);

    assertThat(job.title()).isEqualTo("shot");
    assertThat(job.scene().toString()).isEqualTo("shot.fhscene");
    assertThat(job.files())
        .extracting(LocalDependency::file, f -> f.path().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Path.of("/shows/sh010/shot.fhscene"), "shot.fhscene"),
            org.assertj.core.groups.Tuple.tuple(
                Path.of("/shows/lib/wood.png"), "textures/wood.png"));
    assertThat(job.scouts()).isEqualTo("auto:2");
    assertThat(job.priority()).isEqualTo(70);
    assertThat(job.metadata()).containsEntry("shot", "sh010");
  }

  @Test
  void aSpecWithoutASceneSaysToGiveOne() {
    assertThatThrownBy(() -> ScriptSubmits.spec(Map.of("renderer", "sample")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the job spec has no 'scene': give the path of the scene file here");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamedWithWhatItMustBe() {
    Map<String, Object> spec = new HashMap<>();
    spec.put("scene", "shot.fhscene");
    spec.put("chunk", "4");

    assertThatThrownBy(() -> ScriptSubmits.spec(spec))
        .hasMessage("the job spec: 'chunk' must be a whole number, not '4'");
  }

  @Test
  void aNumberTooBigForAnIntIsRefused() {
    Map<String, Object> options = Map.of("priority", new BigInteger("99999999999"));

    assertThatThrownBy(() -> ScriptSubmits.overrides(options))
        .hasMessage("the submit options: 'priority' must be a whole number, not 99999999999");
  }

  @Test
  void optionsBecomeTheOverridesOfTheScenesJobAndNoneLeavesTheScenesValue() {
    Map<String, Object> options = new HashMap<>();
    options.put("frames", "1-4");
    options.put("scouts", null);
    options.put("chunk", 2);
    options.put("preemptible", true);
    options.put("output", "/renders/out");

    assertThat(ScriptSubmits.overrides(options))
        .isEqualTo(new JobOverrides(null, "1-4", 2, null, null, true, null, null, "/renders/out"));
  }

  @Test
  void unknownOptionsAreListedWithTheOnesThereAre() {
    assertThatThrownBy(() -> ScriptSubmits.overrides(Map.of("colour", "red", "size", 2)))
        .hasMessage(
            "the submit options: unknown fields [colour, size]: use chunk, frames, output,"
                + " preemptible, priority, retries_failed, retries_preempted, scouts, title");
  }
}
