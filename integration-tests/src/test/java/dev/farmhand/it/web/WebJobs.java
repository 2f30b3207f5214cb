package dev.farmhand.it.web;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.RetrySettings;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.farm.LocalFarm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Jobs of the sample turntable scene, submitted through the client, for the web page's tests. */
public final class WebJobs {
  /** The sample scene's folder, from the module (tests) or from the repository's root (bench). */
  static final Path SCENE_DIR =
      (Files.isDirectory(Path.of("samples")) ? Path.of("samples") : Path.of("..", "samples"))
          .resolve("scenes")
          .resolve("turntable")
          .toAbsolutePath();

  private final FarmClient client;
  private final List<Dependency> files;

  private WebJobs(FarmClient client, List<Dependency> files) {
    this.client = client;
    this.files = files;
  }

  /** A client of this user that has uploaded the scene and its texture. */
  public static WebJobs of(LocalFarm farm, String account, String user) throws IOException {
    FarmClient client =
        FarmClient.builder()
            .farm(farm.url())
            .key(farm.credentials().key(account, user))
            .retries(new RetrySettings(3, Duration.ofMillis(20), Duration.ofMillis(200)))
            .build();
    Path scene = SCENE_DIR.resolve("turntable.fhscene");
    Path texture = SCENE_DIR.resolve("textures/checker.png");
    List<Dependency> files =
        List.of(
            new Dependency("turntable.fhscene", Sha256.of(scene), Files.size(scene)),
            new Dependency("textures/checker.png", Sha256.of(texture), Files.size(texture)));
    List<FileRef> refs = files.stream().map(f -> new FileRef(f.sha256(), f.size())).toList();
    for (UploadStatus missing : client.missing(refs)) {
      byte[] bytes =
          Files.readAllBytes(missing.sha256().equals(files.get(0).sha256()) ? scene : texture);
      client.upload(
          missing.sha256(), bytes.length, 0, new ByteArrayInputStream(bytes), bytes.length);
    }
    return new WebJobs(client, files);
  }

  public FarmClient client() {
    return client;
  }

  /** Submits a job of the scene. */
  public Job submit(String title, String renderer, String frames, String scouts, int priority)
      throws IOException {
    JobCreateRequest request =
        new JobCreateRequest(
            title,
            "turntable.fhscene",
            renderer,
            frames,
            1,
            scouts,
            priority,
            false,
            RetryPolicy.NONE,
            null,
            "renders/turntable_####.png",
            files,
            Map.of());
    return client.createJob(request, UUID.randomUUID().toString()).job();
  }
}
