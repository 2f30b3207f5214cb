package dev.farmhand.core.sync;

import static dev.farmhand.core.sync.SyncFiles.dependency;
import static dev.farmhand.core.sync.SyncFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencySyncTest {
  @TempDir Path folder;
  private final FakeFarm farm = new FakeFarm();

  private DependencySync sync() {
    return DependencySync.builder(farm)
        .cache(HashCache.open(folder.resolve("cache"), 100_000))
        .partSize(64 * 1024)
        .build();
  }

  private SyncResult run(List<LocalDependency> dependencies) throws Exception {
    return sync().sync(dependencies, SyncListener.NONE, new Cancellation());
  }

  @Test
  void theFirstSyncUploadsEveryFileAndNamesItInTheJob() throws Exception {
    Path scene = file(folder, "project/scene.blend", 200_000, 1);
    Path texture = file(folder, "project/tex/wood.png", 1000, 2);
    Path empty = file(folder, "project/empty.txt", 0, 3);

    SyncResult result =
        run(
            List.of(
                dependency(scene, "scene.blend"),
                dependency(texture, "tex/wood.png"),
                dependency(empty, "empty.txt")));

    assertThat(result.dependencies())
        .containsExactly(
            new Dependency("scene.blend", Sha256.of(scene), 200_000),
            new Dependency("tex/wood.png", Sha256.of(texture), 1000),
            new Dependency("empty.txt", Sha256.of(empty), 0));
    assertThat(farm.holds(Sha256.of(scene))).isTrue();
    assertThat(farm.holds(Sha256.of(empty))).isTrue();
    SyncSummary summary = result.summary();
    assertThat(summary.files()).isEqualTo(3);
    assertThat(summary.bytes()).isEqualTo(201_000);
    assertThat(summary.filesHashed()).isEqualTo(3);
    assertThat(summary.bytesHashed()).isEqualTo(201_000);
    assertThat(summary.filesUploaded()).isEqualTo(3);
    assertThat(summary.bytesUploaded()).isEqualTo(201_000);
    assertThat(summary.missingRequests()).isEqualTo(1);
    assertThat(summary.uploadRequests()).isEqualTo(4 + 1 + 1);
    assertThat(farm.bytesReceived).hasValue(201_000);
  }

  @Test
  void missingDependenciesAreReportedTogetherBeforeAnythingIsHashedOrSent() throws Exception {
    Path present = file(folder, "a.png", 100, 1);
    Path folderDependency = Files.createDirectories(folder.resolve("textures"));
    List<LocalDependency> dependencies =
        List.of(
            dependency(folder.resolve("gone1.png"), "gone1.png"),
            dependency(present, "a.png"),
            dependency(folder.resolve("gone2.png"), "gone2.png"),
            dependency(folderDependency, "textures"));

    SyncPlan plan = sync().check(dependencies);
    assertThat(plan.present()).containsExactly(dependency(present, "a.png"));
    assertThat(plan.missing())
        .extracting(MissingDependency::reason)
        .containsExactly("does not exist", "does not exist", "is a folder, not a file");
    assertThatThrownBy(() -> run(dependencies))
        .isInstanceOf(MissingDependenciesException.class)
        .hasMessage(
            "3 dependencies are missing, nothing was uploaded: restore them or submit without"
                + " them:\n  "
                + folder.resolve("gone1.png")
                + " (for gone1.png) does not exist\n  "
                + folder.resolve("gone2.png")
                + " (for gone2.png) does not exist\n  "
                + folderDependency
                + " (for textures) is a folder, not a file");
    assertThat(farm.missingCalls).hasValue(0);
    assertThat(farm.uploadCalls).hasValue(0);
    assertThat(HashCache.open(folder.resolve("cache"), 10).size()).isZero();

    SyncResult without = sync().sync(plan.withoutMissing(), SyncListener.NONE, new Cancellation());
    assertThat(without.dependencies()).extracting(Dependency::path).containsExactly("a.png");
  }

  @Test
  void aResubmitOfUnchangedFilesHashesNothingAndUploadsNothing() throws Exception {
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 30, 10_000);
    SyncResult first = run(dependencies);
    int missingCalls = farm.missingCalls.get();
    int uploadCalls = farm.uploadCalls.get();

    SyncResult again = run(dependencies);

    assertThat(again.dependencies()).isEqualTo(first.dependencies());
    assertThat(again.summary().filesHashed()).isZero();
    assertThat(again.summary().bytesHashed()).isZero();
    assertThat(again.summary().filesUploaded()).isZero();
    assertThat(again.summary().bytesUploaded()).isZero();
    assertThat(again.summary().requests()).isEqualTo(1);
    assertThat(farm.missingCalls.get() - missingCalls).isEqualTo(1);
    assertThat(farm.uploadCalls.get()).isEqualTo(uploadCalls);
  }

  @Test
  void aTouchedFileIsHashedAgainAndOnlyNewContentIsSent() throws Exception {
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("p"), 5, 1000);
    run(dependencies);
    Path touched = dependencies.get(2).file();
    Files.setLastModifiedTime(
        touched,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(touched).toMillis() + 5000));

    SyncResult again = run(dependencies);

    assertThat(again.summary().filesHashed()).isEqualTo(1);
    assertThat(again.summary().filesUploaded()).isZero();
  }

  @Test
  void identicalContentIsAskedAboutAndUploadedOnce() throws Exception {
    Path one = file(folder, "one.png", 50_000, 7);
    Path two = file(folder, "copy/two.png", 50_000, 7);

    SyncResult result = run(List.of(dependency(one, "one.png"), dependency(two, "two.png")));

    assertThat(result.dependencies()).hasSize(2);
    assertThat(result.dependencies().get(0).sha256())
        .isEqualTo(result.dependencies().get(1).sha256());
    assertThat(result.summary().filesUploaded()).isEqualTo(1);
    assertThat(farm.bytesReceived).hasValue(50_000);
  }

  @Test
  void twentyFiveThousandFilesCostThreeMissingRequests() throws Exception {
    List<LocalDependency> dependencies = SyncFiles.files(folder.resolve("many"), 25_000, 16);

    SyncResult result = run(dependencies);

    assertThat(farm.missingCalls).hasValue(3);
    assertThat(result.summary().missingRequests()).isEqualTo(3);
    assertThat(result.summary().filesUploaded()).isEqualTo(25_000);
    SyncResult again = run(dependencies);
    assertThat(farm.missingCalls).hasValue(6);
    assertThat(again.summary().requests()).isEqualTo(3);
    assertThat(again.summary().filesHashed()).isZero();
  }

  @Test
  void twoDependenciesAtOneWorkspacePathAreRefused() throws Exception {
    Path one = file(folder, "one.png", 1, 1);
    Path two = file(folder, "two.png", 1, 2);
    assertThatThrownBy(
            () -> sync().check(List.of(dependency(one, "a.png"), dependency(two, "a.png"))))
        .hasMessage(
            "both "
                + one
                + " and "
                + two
                + " go to a.png in the workspace: give each its own path");
  }
}
