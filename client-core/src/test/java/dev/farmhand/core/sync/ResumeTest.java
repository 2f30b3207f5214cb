package dev.farmhand.core.sync;

import static dev.farmhand.core.sync.SyncFiles.dependency;
import static dev.farmhand.core.sync.SyncFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.farmhand.core.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads that fail part-way, within a run and across runs. Mockito only injects the faults. */
class ResumeTest {
  private static final int PART = 64 * 1024;
  private static final int SIZE = 5 * PART;

  @TempDir Path folder;
  private final FakeFarm farm = new FakeFarm();

  private SyncBuilder sync(FileTransport transport) {
    return DependencySync.builder(transport)
        .cache(HashCache.open(folder.resolve("cache"), 1000))
        .partSize(PART)
        .retryDelay(Duration.ZERO);
  }

  @Test
  void anInterruptedUploadResumesOnTheNextRunAndSendsOnlyTheRest() throws Exception {
    Path scene = file(folder, "scene.blend", SIZE, 1);
    List<LocalDependency> dependencies = List.of(dependency(scene, "scene.blend"));
    FakeFarm failing = spy(farm);
    doCallRealMethod()
        .doCallRealMethod()
        .doThrow(new IOException("connection reset"))
        .when(failing)
        .upload(anyString(), anyLong(), anyLong(), any(InputStream.class), anyLong());

    assertThatThrownBy(
            () ->
                sync(failing)
                    .partRetries(0)
                    .build()
                    .sync(dependencies, SyncListener.NONE, new Cancellation()))
        .isInstanceOf(UploadFailedException.class)
        .hasMessage(
            "uploading "
                + scene
                + " failed once (connection reset); the farm holds 131072 bytes of it:"
                + " check the connection to the farm and sync again to resume");
    assertThat(farm.received(Sha256.of(scene))).isEqualTo(2 * PART);
    assertThat(farm.bytesReceived).hasValue(2 * PART);

    SyncResult resumed =
        sync(farm).build().sync(dependencies, SyncListener.NONE, new Cancellation());

    assertThat(resumed.summary().filesHashed()).isZero();
    assertThat(resumed.summary().bytesUploaded()).isEqualTo(3 * PART);
    assertThat(resumed.summary().uploadRequests()).isEqualTo(3);
    assertThat(farm.bytesReceived).hasValue(SIZE);
    assertThat(farm.holds(Sha256.of(scene))).isTrue();
  }

  @Test
  void aFailedPartIsResumedFromTheFarmsOffsetInTheSameRun() throws Exception {
    Path scene = file(folder, "scene.blend", SIZE, 2);
    FakeFarm failing = spy(farm);
    doCallRealMethod()
        .doThrow(new IOException("connection reset"))
        .doCallRealMethod()
        .when(failing)
        .upload(anyString(), anyLong(), anyLong(), any(InputStream.class), anyLong());

    SyncResult result =
        sync(failing)
            .build()
            .sync(List.of(dependency(scene, "s.blend")), SyncListener.NONE, new Cancellation());

    assertThat(farm.holds(Sha256.of(scene))).isTrue();
    assertThat(farm.bytesReceived).hasValue(SIZE);
    assertThat(result.summary().missingRequests()).isEqualTo(2);
    assertThat(result.summary().uploadRequests()).isEqualTo(6);
  }

  @Test
  void aPartWhoseAnswerWasLostIsNotSentAgain() throws Exception {
    Path scene = file(folder, "scene.blend", SIZE, 3);
    FakeFarm failing = spy(farm);
    doAnswer(
            call -> {
              call.callRealMethod();
              throw new IOException("read timed out");
            })
        .doCallRealMethod()
        .when(failing)
        .upload(anyString(), anyLong(), anyLong(), any(InputStream.class), anyLong());

    SyncResult result =
        sync(failing)
            .build()
            .sync(List.of(dependency(scene, "s.blend")), SyncListener.NONE, new Cancellation());

    assertThat(farm.holds(Sha256.of(scene))).isTrue();
    assertThat(farm.bytesReceived).hasValue(SIZE);
    assertThat(result.summary().bytesUploaded()).isEqualTo(SIZE);
    assertThat(result.summary().uploadRequests()).isEqualTo(5);
  }

  @Test
  void afterBoundedRetriesInARowTheUploadFailsNamingTheFileAndOthersFinish() throws Exception {
    Path scene = file(folder, "scene.blend", SIZE, 4);
    Path small = file(folder, "small.png", 100, 5);
    FakeFarm failing = spy(farm);
    String sceneHash = Sha256.of(scene);
    doThrow(new IOException("connection refused"))
        .when(failing)
        .upload(
            org.mockito.ArgumentMatchers.eq(sceneHash),
            anyLong(),
            anyLong(),
            any(InputStream.class),
            anyLong());

    assertThatThrownBy(
            () ->
                sync(failing)
                    .partRetries(2)
                    .build()
                    .sync(
                        List.of(dependency(scene, "s.blend"), dependency(small, "small.png")),
                        SyncListener.NONE,
                        new Cancellation()))
        .isInstanceOf(UploadFailedException.class)
        .hasMessageStartingWith("uploading " + scene + " failed 3 times in a row")
        .satisfies(e -> assertThat(((UploadFailedException) e).file()).isEqualTo(scene));
    assertThat(farm.holds(Sha256.of(small))).isTrue();
    assertThat(farm.received(sceneHash)).isZero();
  }
}
