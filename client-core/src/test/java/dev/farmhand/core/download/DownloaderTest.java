package dev.farmhand.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.sync.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files fetched, resumed, verified and renamed into place; damaged ones retried, then reported. */
class DownloaderTest {
  private static final int SIZE = 300_000;

  @TempDir Path out;
  private final OutputFarm farm = new OutputFarm();
  private final FarmClient client = farm.client();
  private final byte[] first = OutputFarm.bytes("renders/f_0001.png", SIZE);
  private final byte[] second = OutputFarm.bytes("renders/f_0002.png", SIZE / 3);

  DownloaderTest() throws Exception {
    farm.output("renders/f_0001.png", first).output("renders/f_0002.png", second);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    farm.close();
  }

  private Downloader downloader() {
    farm.outputDir(out.toString());
    return Downloader.builder(client).threads(2).build();
  }

  private JobDownload download() throws Exception {
    return downloader().download(OutputFarm.JOB, DownloadListener.NONE, new Cancellation());
  }

  private Path target(String name) {
    return out.resolve("renders").resolve(name);
  }

  @Test
  void everyOutputIsFetchedVerifiedAndRenamedIntoPlaceWithNoPartLeft() throws Exception {
    List<DownloadProgress> seen = new CopyOnWriteArrayList<>();

    JobDownload result = downloader().download(OutputFarm.JOB, seen::add, new Cancellation());

    assertThat(result.downloaded()).isEqualTo(2);
    assertThat(result.complete()).isTrue();
    assertThat(Files.readAllBytes(target("f_0001.png"))).isEqualTo(first);
    assertThat(Files.readAllBytes(target("f_0002.png"))).isEqualTo(second);
    try (var files = Files.list(out.resolve("renders"))) {
      assertThat(files).hasSize(2);
    }
    DownloadProgress last = seen.get(seen.size() - 1);
    assertThat(last.finished()).isTrue();
    assertThat(last.bytesTotal()).isEqualTo(SIZE + SIZE / 3);
    assertThat(last.filesTotal()).isEqualTo(2);
  }

  @Test
  void aPartFileLeftBeforeIsResumedWithRange() throws Exception {
    Files.createDirectories(out.resolve("renders"));
    Files.write(target(".f_0001.png.part"), java.util.Arrays.copyOf(first, 1000));

    JobDownload result = download();

    assertThat(result.downloaded()).isEqualTo(2);
    assertThat(farm.ranges()).contains("bytes=1000-");
    assertThat(Files.readAllBytes(target("f_0001.png"))).isEqualTo(first);
    assertThat(target(".f_0001.png.part")).doesNotExist();
  }

  @Test
  void aFarmThatAnswersTheWholeFileToARangeIsStartedOver() throws Exception {
    farm.ignoreRange = true;
    Files.createDirectories(out.resolve("renders"));
    Files.write(target(".f_0001.png.part"), java.util.Arrays.copyOf(first, 1000));

    JobDownload result = download();

    assertThat(result.complete()).isTrue();
    assertThat(farm.ranges()).contains("bytes=1000-");
    assertThat(Files.readAllBytes(target("f_0001.png"))).isEqualTo(first);
  }

  @Test
  void aDamagedDownloadIsFetchedOnceMoreFromZero() throws Exception {
    farm.damaged = n -> n == 1;

    JobDownload result =
        downloader()
            .download(List.of(OutputFarm.JOB), DownloadListener.NONE, new Cancellation())
            .get(0);

    assertThat(result.complete()).isTrue();
    assertThat(farm.ranges()).hasSize(3).containsOnly("none");
  }

  @Test
  void aFarmThatServesWrongBytesTwiceHasTheFileReportedAndNothingKept() throws Exception {
    farm.damaged = n -> true;

    JobDownload result = download();

    assertThat(result.downloaded()).isZero();
    assertThat(result.failures()).hasSize(2);
    DownloadFailure failure =
        result.failures().stream()
            .filter(f -> f.path().equals("renders/f_0001.png"))
            .findFirst()
            .orElseThrow();
    assertThat(failure.cause()).isInstanceOf(HashMismatchException.class);
    assertThat(((HashMismatchException) failure.cause()).what()).isEqualTo("renders/f_0001.png");
    assertThat(failure.reason()).startsWith("renders/f_0001.png has SHA-256 ");
    assertThat(farm.ranges()).hasSize(4);
    try (var files = Files.list(out.resolve("renders"))) {
      assertThat(files).isEmpty();
    }
    assertThat(downloader().markDownloaded(result)).isEmpty();
    assertThat(farm.requests()).noneMatch(r -> r.endsWith("/downloaded"));
  }

  @Test
  void aCancelledDownloadKeepsItsPartFileAndTheNextOneResumesIt() throws Exception {
    OutputFarm one = new OutputFarm().output("renders/f_0001.png", first);
    one.outputDir(out.toString());
    Cancellation cancellation = new Cancellation();
    CountDownLatch cancelled = new CountDownLatch(1);
    one.midFile =
        () -> {
          try {
            cancelled.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    try (FarmClient oneClient = one.client()) {
      Downloader downloader = Downloader.builder(oneClient).build();
      DownloadListener cancelOnFirstBytes =
          progress -> {
            if (progress.bytesDone() > 0) {
              cancellation.cancel();
              cancelled.countDown();
            }
          };
      assertThatThrownBy(
              () -> downloader.download(OutputFarm.JOB, cancelOnFirstBytes, cancellation))
          .isInstanceOf(DownloadCancelledException.class)
          .hasMessageContaining("download again to resume");
      long kept = Files.size(target(".f_0001.png.part"));
      assertThat(kept).isPositive().isLessThan(SIZE);
      one.midFile = null;

      JobDownload resumed =
          downloader.download(OutputFarm.JOB, DownloadListener.NONE, new Cancellation());

      assertThat(resumed.complete()).isTrue();
      assertThat(one.ranges()).containsExactly("none", "bytes=" + kept + "-");
      assertThat(Files.readAllBytes(target("f_0001.png"))).isEqualTo(first);
    } finally {
      one.close();
    }
  }

  @Test
  void aCompleteDownloadMarksTheJobDownloaded() throws Exception {
    Downloader downloader = downloader();
    JobDownload result =
        downloader.download(OutputFarm.JOB, DownloadListener.NONE, new Cancellation());

    assertThat(downloader.markDownloaded(result).orElseThrow().status())
        .isEqualTo(JobStatus.DOWNLOADED);
    assertThat(farm.requests()).contains("POST /api/v1/jobs/j-1/downloaded");
  }
}
