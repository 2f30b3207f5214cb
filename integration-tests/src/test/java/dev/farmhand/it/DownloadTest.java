package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.DownloadListener;
import dev.farmhand.core.download.DownloadProgress;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.FolderChoice;
import dev.farmhand.core.download.JobDownload;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered frames brought home from a real farm: verified, skipped, resumed, marked Downloaded. */
class DownloadTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir static Path data;
  @TempDir Path home;
  static LocalFarm farm;
  static FarmClient artist;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  /** A job of these frames rendered into {@code outputDir}, once it shows Success. */
  private static Job rendered(String frames, String outputDir) throws Exception {
    JobCreateRequest request =
        new JobCreateRequest(
            "turntable " + frames,
            "turntable.fhscene",
            "sample",
            frames,
            1,
            null,
            50,
            false,
            RetryPolicy.NONE,
            outputDir,
            "renders/turntable_####.png",
            files,
            Map.of("plugin", "sample"));
    Job job = artist.createJob(request, UUID.randomUUID().toString()).job();
    return Farms.waitFor(artist, job.id(), JobStatus.SUCCESS);
  }

  private static void assertFramesVerified(Path folder, List<Output> outputs) throws Exception {
    assertThat(outputs).isNotEmpty();
    for (Output output : outputs) {
      Path file = folder.resolve(output.path());
      assertThat(Sha256.of(file)).isEqualTo(output.sha256());
      assertThat(Arrays.copyOf(Files.readAllBytes(file), PNG.length)).isEqualTo(PNG);
    }
    try (var parts = Files.walk(folder)) {
      assertThat(parts).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void renderedFramesAreDownloadedVerifiedThenSkippedAndTheJobShowsDownloaded() throws Exception {
    Path out = home.resolve("shot010");
    Job job = rendered("1-3", out.toString());
    Downloader downloader = Downloader.builder(artist).downloadRoot(home.resolve("root")).build();

    JobDownload first = downloader.download(job.id(), DownloadListener.NONE, new Cancellation());
    JobDownload second = downloader.download(job.id(), DownloadListener.NONE, new Cancellation());

    List<Output> outputs = artist.outputs(job.id());
    assertThat(first.choice()).isEqualTo(FolderChoice.JOB_OUTPUT_DIR);
    assertThat(first.folder()).isEqualTo(out);
    assertThat(first.downloaded()).isEqualTo(3);
    assertFramesVerified(out, outputs);
    assertThat(second.downloaded()).isZero();
    assertThat(second.skipped()).isEqualTo(3);
    assertThat(downloader.markDownloaded(second).orElseThrow().status())
        .isEqualTo(JobStatus.DOWNLOADED);
    assertThat(artist.job(job.id()).status()).isEqualTo(JobStatus.DOWNLOADED);
  }

  @Test
  void anInterruptedDownloadResumesFromItsPartFiles() throws Exception {
    Job job = rendered("4-6", null);
    List<Output> outputs = artist.outputs(job.id());
    Path root = home.resolve("root");
    Path folder = root.resolve(job.id());
    long left = 0;
    for (Output output : outputs) {
      byte[] bytes;
      try (var download = artist.openOutput(job.id(), output.sha256(), 0)) {
        bytes = download.body().readAllBytes();
      }
      Path target = folder.resolve(output.path());
      Files.createDirectories(target.getParent());
      int kept = (int) (output.size() / 2);
      Path part = target.resolveSibling("." + target.getFileName() + ".part");
      Files.write(part, Arrays.copyOf(bytes, kept));
      left += output.size() - kept;
    }
    List<DownloadProgress> seen = new CopyOnWriteArrayList<>();

    JobDownload result =
        Downloader.builder(artist)
            .downloadRoot(root)
            .build()
            .download(job.id(), seen::add, new Cancellation());

    assertThat(result.choice()).isEqualTo(FolderChoice.MAPPED);
    assertThat(result.note()).isEqualTo("the job names no output folder");
    assertThat(result.downloaded()).isEqualTo(3);
    assertThat(result.complete()).isTrue();
    assertThat(seen.get(seen.size() - 1).bytesTotal()).isEqualTo(left);
    assertFramesVerified(folder, outputs);
  }

  @Test
  void theDownloadCommandPrintsALinePerJobAndMarksItDownloaded() throws Exception {
    Job job = rendered("7-8", "C:\\renders\\shot020");
    CliRun run =
        CliRun.against(
            farm,
            "artist",
            "download",
            job.id(),
            "--download-root",
            home.resolve("root").toString());

    Path folder = home.resolve("root").resolve(job.id());
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("JOB")
        .contains("FOLDER", "DOWNLOADED", "SKIPPED", "CONFLICTS", "FAILED", "STATUS");
    assertThat(run.out()).containsPattern(job.id() + " +" + folder + " +2 +0 +0 +0 +Downloaded");
    assertThat(run.err()).contains("C:\\renders\\shot020' is not an absolute path");
    assertFramesVerified(folder, artist.outputs(job.id()));
    assertThat(artist.job(job.id()).status()).isEqualTo(JobStatus.DOWNLOADED);

    CliRun again =
        CliRun.against(
            farm,
            "artist",
            "download",
            job.id(),
            "--to",
            home.resolve("root").toString(),
            "--json");

    assertThat(again.exit()).isZero();
    var document = Json.mapper().readTree(again.out());
    assertThat(document.get(0).get("skipped").asInt()).isEqualTo(2);
    assertThat(document.get(0).get("folder_choice").asText()).isEqualTo("chosen");
    assertThat(document.get(0).get("status").asText()).isEqualTo("Downloaded");
  }

  @Test
  void aConflictKeepsTheArtistsFileExitsOneAndLeavesTheJobUnmarked() throws Exception {
    Path out = home.resolve("shot030");
    Job job = rendered("9", out.toString());
    Output frame = artist.outputs(job.id()).get(0);
    Path mine = out.resolve(frame.path());
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, "the artist's own");
    CliRun run = CliRun.against(farm, "artist", "download", job.id());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).containsPattern(job.id() + " +" + out + " +0 +0 +1 +0 +Success");
    assertThat(run.err())
        .contains(
            "farmhand: "
                + job.id()
                + " conflict: "
                + mine
                + " is a different file; it was kept (use --overwrite to replace it)");
    assertThat(mine).hasContent("the artist's own");
    assertThat(artist.job(job.id()).status()).isEqualTo(JobStatus.SUCCESS);
  }
}
