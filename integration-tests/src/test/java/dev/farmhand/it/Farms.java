package dev.farmhand.it;

import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.RetrySettings;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.plugins.PluginFolders;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.scenes.SceneJobs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sample scene, uploaded through the client's own file transport, and jobs made of it. Public
 * for the render panel's tests, which live in the panel's package.
 */
public final class Farms {
  public static final Path SCENE_DIR =
      Path.of("..", "samples", "scenes", "turntable").toAbsolutePath();
  static final RetrySettings QUICK =
      new RetrySettings(3, Duration.ofMillis(20), Duration.ofMillis(200));

  private Farms() {}

  public static FarmClient client(LocalFarm farm, String account, String user) {
    return FarmClient.builder()
        .farm(farm.url())
        .key(farm.credentials().key(account, user))
        .retries(QUICK)
        .build();
  }

  /** The scene and its texture, as dependencies; uploads what the farm lacks, in two parts. */
  /**
   * Scenes read through the repository's plugins, with {@code userPlugins} (which need not exist)
   * as the user's plugins folder, so none of the machine's own plugins are picked up.
   */
  public static SceneJobs repositoryScenes(Path userPlugins) {
    return new SceneJobs(
        () ->
            PluginRegistry.discover(
                new PluginFolders(
                    Optional.of(Path.of("..", "plugins").toAbsolutePath()), userPlugins)),
        notice -> {});
  }

  public static List<Dependency> upload(FarmClient client) throws IOException {
    Path scene = SCENE_DIR.resolve("turntable.fhscene");
    Path texture = SCENE_DIR.resolve("textures/checker.png");
    List<Dependency> files =
        List.of(
            new Dependency("turntable.fhscene", Sha256.of(scene), Files.size(scene)),
            new Dependency("textures/checker.png", Sha256.of(texture), Files.size(texture)));
    List<FileRef> refs = new ArrayList<>();
    for (Dependency file : files) {
      refs.add(new FileRef(file.sha256(), file.size()));
    }
    for (UploadStatus missing : client.missing(refs)) {
      Path path = missing.sha256().equals(files.get(0).sha256()) ? scene : texture;
      byte[] bytes = Files.readAllBytes(path);
      long half = bytes.length / 2;
      long from = missing.received();
      if (from < half) {
        client.upload(
            missing.sha256(), bytes.length, from, part(bytes, from, half - from), half - from);
        from = half;
      }
      client.upload(
          missing.sha256(),
          bytes.length,
          from,
          part(bytes, from, bytes.length - from),
          bytes.length - from);
    }
    return files;
  }

  static ByteArrayInputStream part(byte[] bytes, long from, long length) {
    return new ByteArrayInputStream(bytes, (int) from, (int) length);
  }

  public static JobCreateRequest request(
      List<Dependency> files, String frames, String scouts, int chunk) {
    return new JobCreateRequest(
        "turntable " + frames,
        "turntable.fhscene",
        "sample",
        frames,
        chunk,
        scouts,
        50,
        false,
        RetryPolicy.NONE,
        null,
        "renders/turntable_####.png",
        files,
        Map.of("plugin", "sample"));
  }

  /** Waits for the job to show one of these statuses, reading it through the client. */
  public static Job waitFor(FarmClient client, String id, JobStatus... statuses) {
    Set<JobStatus> wanted = Set.of(statuses);
    Job[] last = new Job[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .alias("job " + id + " to show " + wanted)
        .until(
            () -> {
              last[0] = client.job(id);
              return wanted.contains(last[0].status());
            });
    return last[0];
  }
}
