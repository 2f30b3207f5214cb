package dev.farmhand.farm;

import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The sample scene, uploaded and made into job requests, as a plugin would. */
final class SampleJobs {
  static final Path SCENE_DIR = Path.of("..", "samples", "scenes", "turntable").toAbsolutePath();

  private SampleJobs() {}

  /** Uploads the sample scene and its texture; returns them as dependencies. */
  static List<Dependency> upload(FarmHttp farm) throws IOException {
    Path scene = SCENE_DIR.resolve("turntable.fhscene");
    Path texture = SCENE_DIR.resolve("textures/checker.png");
    return List.of(
        new Dependency("turntable.fhscene", farm.upload(scene), Files.size(scene)),
        new Dependency("textures/checker.png", farm.upload(texture), Files.size(texture)));
  }

  /** A job of the sample scene. */
  static JobCreateRequest request(
      List<Dependency> files, String frames, String scouts, int chunk, RetryPolicy retries) {
    return new JobCreateRequest(
        "turntable " + frames,
        "turntable.fhscene",
        "sample",
        frames,
        chunk,
        scouts,
        50,
        false,
        retries,
        null,
        "renders/turntable_####.png",
        files,
        Map.of("plugin", "sample"));
  }
}
