package dev.farmhand.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  private static final int PART = 16 * 1024;

  @TempDir Path folder;

  @Test
  void snapshotsOnlyGrowEndAtTheTotalsAndComeFromOffTheWorkerThreads() throws Exception {
    FakeFarm farm = new FakeFarm();
    farm.onPart(
        (number, sha256, offset) -> {
          try {
            Thread.sleep(8);
          } catch (InterruptedException e) {
            throw new InterruptedIOException();
          }
        });
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 12, 4 * PART);
    List<SyncProgress> snapshots = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    SyncListener listener =
        progress -> {
          synchronized (snapshots) {
            snapshots.add(progress);
            threads.add(Thread.currentThread().getName());
          }
        };

    long start = System.nanoTime();
    DependencySync.builder(farm)
        .cache(HashCache.open(folder.resolve("cache"), 1000))
        .partSize(PART)
        .uploadThreads(2)
        .build()
        .sync(dependencies, listener, new Cancellation());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    Map<SyncPhase, List<SyncProgress>> byPhase = new TreeMap<>();
    SyncPhase previous = SyncPhase.CHECKING;
    synchronized (snapshots) {
      for (SyncProgress progress : snapshots) {
        assertThat(progress.phase()).isGreaterThanOrEqualTo(previous);
        previous = progress.phase();
        byPhase.computeIfAbsent(progress.phase(), p -> new ArrayList<>()).add(progress);
      }
      assertThat(threads).noneMatch(name -> name.startsWith("farmhand-upload"));
      assertThat(threads).noneMatch(name -> name.startsWith("farmhand-hash"));
    }
    assertThat(byPhase).containsOnlyKeys(SyncPhase.values());
    byPhase.forEach(
        (phase, list) -> {
          for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).filesDone()).isGreaterThanOrEqualTo(list.get(i - 1).filesDone());
            assertThat(list.get(i).bytesDone()).isGreaterThanOrEqualTo(list.get(i - 1).bytesDone());
          }
          SyncProgress last = list.get(list.size() - 1);
          assertThat(last.finished()).as(phase + " ends at its totals").isTrue();
          assertThat(last.timeLeft()).contains(Duration.ZERO);
        });
    List<SyncProgress> uploading = byPhase.get(SyncPhase.UPLOADING);
    SyncProgress last = uploading.get(uploading.size() - 1);
    assertThat(last.filesTotal()).isEqualTo(12);
    assertThat(last.bytesTotal()).isEqualTo(12L * 4 * PART);
    assertThat(uploading).hasSizeGreaterThan(1);
    assertThat(uploading).anyMatch(p -> p.bytesPerSecond() > 0);
    assertThat(uploading)
        .anyMatch(p -> !p.finished() && p.timeLeft().map(t -> !t.isZero()).orElse(false));
    assertThat((long) snapshots.size()).isLessThanOrEqualTo(elapsed.toMillis() / 90 + 8);
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheSync() throws IOException {
    FakeFarm farm = new FakeFarm();
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 3, 100);

    SyncResult result =
        DependencySync.builder(farm)
            .cache(HashCache.open(folder.resolve("cache"), 1000))
            .build()
            .sync(
                dependencies,
                progress -> {
                  throw new IllegalStateException("a broken panel");
                },
                new Cancellation());

    assertThat(result.summary().filesUploaded()).isEqualTo(3);
    assertThat(Optional.of(result.dependencies().size())).contains(3);
  }
}
