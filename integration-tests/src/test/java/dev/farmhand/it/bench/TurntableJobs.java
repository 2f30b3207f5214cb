package dev.farmhand.it.bench;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.protocol.UploadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample turntable scene (or a copy of it at another resolution) uploaded to a farm, and jobs
 * of it for the {@code sample} renderer: one frame a task, no scouts. Stateless.
 */
final class TurntableJobs {
  /** The sample scene's folder, relative to the repository's root, where the bench script runs. */
  static final Path SAMPLE = Path.of("samples", "scenes", "turntable");

  private static final String SCENE = "turntable.fhscene";
  private static final String TEXTURE = "textures/checker.png";
  private static final Pattern RESOLUTION =
      Pattern.compile("\"resolution\"\\s*:\\s*\\[\\s*\\d+\\s*,\\s*\\d+\\s*\\]");

  private TurntableJobs() {}

  /**
   * The sample scene's folder.
   *
   * @throws IllegalStateException if it is not there: the benchmark runs from the repository root
   */
  static Path sample() {
    Path folder = SAMPLE.toAbsolutePath();
    if (!Files.isRegularFile(folder.resolve(SCENE))) {
      throw new IllegalStateException(
          "the sample scene is not at "
              + folder.resolve(SCENE)
              + ": run the benchmark from the repository's root, as bench/autodownload does");
    }
    return folder;
  }

  /** A copy of the sample scene and its texture in {@code folder}, rendered at this resolution. */
  static Path resized(Path folder, int width, int height) throws IOException {
    Path from = sample();
    String text = Files.readString(from.resolve(SCENE), StandardCharsets.UTF_8);
    Matcher resolution = RESOLUTION.matcher(text);
    if (!resolution.find()) {
      throw new IllegalStateException(
          from.resolve(SCENE)
              + " has no \"resolution\": [w, h]: give the benchmark a scene with one");
    }
    String resized = resolution.replaceFirst("\"resolution\": [" + width + ", " + height + "]");
    Files.writeString(folder.resolve(SCENE), resized, StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve(TEXTURE).getParent());
    Files.copy(from.resolve(TEXTURE), folder.resolve(TEXTURE));
    return folder;
  }

  /** The scene in {@code folder} and its texture, as dependencies; uploads what the farm lacks. */
  static List<Dependency> upload(FarmClient client, Path folder) throws IOException {
    List<Path> paths = List.of(folder.resolve(SCENE), folder.resolve(TEXTURE));
    List<Dependency> files = new ArrayList<>();
    List<FileRef> refs = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      Dependency file = new Dependency(i == 0 ? SCENE : TEXTURE, Sha256.of(path), Files.size(path));
      files.add(file);
      refs.add(new FileRef(file.sha256(), file.size()));
    }
    for (UploadStatus missing : client.missing(refs)) {
      Path path = paths.get(missing.sha256().equals(files.get(0).sha256()) ? 0 : 1);
      long size = Files.size(path);
      try (InputStream in = Files.newInputStream(path)) {
        in.skipNBytes(missing.received());
        client.upload(missing.sha256(), size, missing.received(), in, size - missing.received());
      }
    }
    return files;
  }

  /** A job of these frames, one a task, no scouts, its frames as {@code renders/turntable_####}. */
  static JobCreateRequest request(List<Dependency> files, String frames) {
    return new JobCreateRequest(
        "turntable " + frames,
        SCENE,
        "sample",
        frames,
        1,
        null,
        50,
        false,
        RetryPolicy.NONE,
        null,
        "renders/turntable_####.png",
        files,
        Map.of("plugin", "sample"));
  }
}
