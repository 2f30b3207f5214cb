package dev.farmhand.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.protocol.Dependency;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelAndCancelTest {
  private static final int PART = 16 * 1024;

  @TempDir Path folder;
  private final FakeFarm farm = new FakeFarm();

  private SyncBuilder sync() {
    return DependencySync.builder(farm)
        .cache(HashCache.open(folder.resolve("cache"), 1000))
        .partSize(PART)
        .retryDelay(Duration.ZERO);
  }

  @Test
  void fourFilesGoUpAtOnceByDefault() throws Exception {
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 8, 3 * PART);
    CyclicBarrier four = new CyclicBarrier(4);
    farm.onPart(
        (number, sha256, offset) -> {
          if (number <= 4) {
            try {
              four.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IOException("four parts did not meet: " + e, e);
            }
          }
        });

    SyncResult result = sync().build().sync(dependencies, SyncListener.NONE, new Cancellation());

    assertThat(farm.mostInFlight).hasValue(SyncBuilder.DEFAULT_UPLOAD_THREADS);
    assertThat(result.summary().filesUploaded()).isEqualTo(8);
    assertThat(result.summary().uploadRequests()).isEqualTo(24);
    assertThat(farm.bytesReceived).hasValue(8 * 3 * PART);
  }

  @Test
  void cancellingStopsUploadsPromptlyAndTheNextRunSendsOnlyTheRest() throws Exception {
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 2, 40 * PART);
    Cancellation cancellation = new Cancellation();
    farm.onPart(
        (number, sha256, offset) -> {
          if (number == 5) {
            cancellation.cancel();
          }
        });

    assertThatThrownBy(
            () ->
                sync().uploadThreads(2).build().sync(dependencies, SyncListener.NONE, cancellation))
        .isInstanceOf(SyncCancelledException.class)
        .hasMessage(
            "dependency sync was cancelled while uploading; what was hashed and uploaded is kept:"
                + " sync again to resume");
    assertThat(farm.uploadCalls.get()).isLessThanOrEqualTo(6);
    long kept = farm.bytesReceived.get();
    assertThat(kept).isPositive().isLessThan(80L * PART);

    farm.onPart((number, sha256, offset) -> {});
    SyncResult resumed = sync().build().sync(dependencies, SyncListener.NONE, new Cancellation());

    assertThat(resumed.summary().bytesUploaded()).isEqualTo(80L * PART - kept);
    assertThat(farm.bytesReceived).hasValue(80L * PART);
    assertThat(resumed.dependencies()).extracting(Dependency::size).containsOnly(40L * PART);
  }

  @Test
  void anInterruptedCallerStopsTheSync() throws Exception {
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 1, 40 * PART);
    Thread caller = Thread.currentThread();
    Cancellation cancellation = new Cancellation();
    farm.onPart(
        (number, sha256, offset) -> {
          if (number == 2) {
            caller.interrupt();
            // The caller turns its interrupt into a cancellation; wait for it, so the parts left
            // cannot all go up first on a busy machine.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!cancellation.isCancelled() && System.nanoTime() < deadline) {
              LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
          }
        });

    try {
      assertThatThrownBy(() -> sync().build().sync(dependencies, SyncListener.NONE, cancellation))
          .isInstanceOf(SyncCancelledException.class);
      assertThat(farm.uploadCalls.get()).isLessThan(40);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }
}
