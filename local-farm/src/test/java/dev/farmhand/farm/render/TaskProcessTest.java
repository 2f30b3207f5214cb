package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TaskProcessTest {
  static final Duration GRACE = Duration.ofSeconds(2);
  @TempDir Path workspace;

  Path log() {
    return workspace.resolve("logs/task-1.log");
  }

  @Test
  @Timeout(20)
  void killEndsTheWholeProcessTreeAndNoDescendantSurvives() throws Exception {
    // The test builds this command itself; the farm never runs a shell string from a client.
    TaskProcess task =
        TaskProcess.start(
            List.of("sh", "-c", "sleep 60 & sleep 60"), workspace, log(), "attempt 1", GRACE);
    ProcessHandle root = ProcessHandle.of(task.pid()).orElseThrow();
    await().atMost(Duration.ofSeconds(5)).until(() -> root.descendants().count() >= 2);
    List<ProcessHandle> tree = root.descendants().toList();

    long started = System.nanoTime();
    task.kill();
    Duration killing = Duration.ofNanos(System.nanoTime() - started);

    assertThat(killing).isLessThan(GRACE);
    assertThat(tree).hasSizeGreaterThanOrEqualTo(2).noneMatch(TaskProcess::isRunning);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
    assertThat(task.isAlive()).isFalse();
    assertThat(task.killed()).isTrue();
    assertThat(task.waitFor()).isNotZero();
    List<String> lines = Files.readAllLines(log());
    assertThat(lines.get(lines.size() - 1))
        .matches("=== attempt 1 killed \\(exit 143\\) after .* s ===");
  }

  @Test
  @Timeout(20)
  void aTreeThatIgnoresTheRequestToEndIsEndedForciblyAfterTheGracePeriod() throws Exception {
    TaskProcess task =
        TaskProcess.start(
            List.of("sh", "-c", "trap '' TERM; sleep 60 & sleep 60"),
            workspace,
            log(),
            "attempt 1",
            Duration.ofMillis(300));
    ProcessHandle root = ProcessHandle.of(task.pid()).orElseThrow();
    await().atMost(Duration.ofSeconds(5)).until(() -> root.descendants().count() >= 2);
    List<ProcessHandle> tree = root.descendants().toList();

    task.kill();

    assertThat(tree).noneMatch(TaskProcess::isRunning);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
    assertThat(task.waitFor()).isEqualTo(137);
  }

  @Test
  @Timeout(20)
  void interruptingTheWaitCancelsTheTaskByKillingItsTree() throws Exception {
    TaskProcess task =
        TaskProcess.start(List.of("sleep", "60"), workspace, log(), "attempt 1", GRACE);
    CompletableFuture<Throwable> waiting = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                task.waitFor();
                waiting.complete(null);
              } catch (InterruptedException e) {
                waiting.complete(e);
              }
            });
    waiter.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> waiter.getState() == Thread.State.WAITING);

    waiter.interrupt();

    assertThat(waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    assertThat(task.isAlive()).isFalse();
    assertThat(task.killed()).isTrue();
    assertThat(Files.readAllLines(log()).get(1))
        .matches("=== attempt 1 killed \\(exit 143\\) after \\d+\\.\\d s ===");
  }

  @Test
  void outputAndErrorsGoToTheLogAndRetriesAppendUnderAHeaderPerAttempt() throws Exception {
    List<String> command = List.of("sh", "-c", "echo rendering; echo no licence >&2; exit 3");

    TaskProcess first = TaskProcess.start(command, workspace, log(), "attempt 1", GRACE);
    assertThat(first.waitFor()).isEqualTo(3);
    TaskProcess second = TaskProcess.start(command, workspace, log(), "attempt 2", GRACE);
    assertThat(second.waitFor()).isEqualTo(3);

    List<String> lines = Files.readAllLines(log());
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).matches("=== attempt 1, started \\d{4}-\\d\\d-\\d\\dT.*Z ===");
    assertThat(lines.subList(1, 3)).containsExactly("rendering", "no licence");
    assertThat(lines.get(3)).matches("=== attempt 1 ended with exit 3 after \\d+\\.\\d s ===");
    assertThat(lines.get(4)).matches("=== attempt 2, started .* ===");
    assertThat(lines.subList(5, 7)).containsExactly("rendering", "no licence");
    assertThat(lines.get(7)).matches("=== attempt 2 ended with exit 3 after \\d+\\.\\d s ===");
  }

  @Test
  void theWorkspaceIsTheWorkingDirectory() throws Exception {
    TaskProcess task = TaskProcess.start(List.of("pwd"), workspace, log(), "attempt 1", GRACE);

    assertThat(task.waitFor()).isZero();
    assertThat(Files.readAllLines(log()).get(1)).isEqualTo(workspace.toRealPath().toString());
  }

  @Test
  void waitingWithATimeoutLeavesARunningTaskRunning() throws Exception {
    TaskProcess task =
        TaskProcess.start(List.of("sleep", "60"), workspace, log(), "attempt 1", GRACE);
    try {
      assertThat(task.waitFor(Duration.ofMillis(50))).isEmpty();
      assertThat(task.isAlive()).isTrue();
    } finally {
      task.kill();
    }
    assertThat(task.waitFor(Duration.ofSeconds(5))).hasValue(143);
  }

  @Test
  void aProgramThatCannotStartIsNamedInTheErrorAndTheLog() throws IOException {
    assertThatThrownBy(
            () ->
                TaskProcess.start(
                    List.of("/no/such/renderer"), workspace, log(), "attempt 1", GRACE))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "task could not start /no/such/renderer in " + workspace + ": Cannot run program");
    assertThat(Files.readAllLines(log()).get(1))
        .startsWith("=== attempt 1 could not start /no/such/renderer: Cannot run program");
  }

  @Test
  @Timeout(20)
  void aWrapperWhoseChildIsKilledRunsItsExitTrapBeforeItEnds() throws Exception {
    Path marker = workspace.resolve("wrapper-was-here");
    // A wrapper like xvfb-run: it makes a file, runs its child in the foreground, and removes the
    // file when it exits.
    TaskProcess task =
        TaskProcess.start(
            List.of(
                "sh",
                "-c",
                "trap 'rm -f wrapper-was-here' EXIT; touch wrapper-was-here; sleep 60; echo after"),
            workspace,
            log(),
            "attempt 1",
            GRACE);
    ProcessHandle root = ProcessHandle.of(task.pid()).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Files.exists(marker) && root.descendants().count() >= 1);

    task.kill();

    assertThat(task.isAlive()).isFalse();
    assertThat(marker).doesNotExist();
  }

  @Test
  @Timeout(30)
  void killingATaskUnderXvfbRunLeavesNoFolderOfItsInTheTemporaryDirectory() throws Exception {
    Optional<Path> xvfbRun = SearchPath.ofEnvironment().find("xvfb-run");
    assumeTrue(xvfbRun.isPresent(), "xvfb-run is not installed");
    TaskProcess task =
        TaskProcess.start(
            List.of(
                xvfbRun.get().toString(),
                "-a",
                "-n",
                "170",
                "-s",
                "-screen 0 64x64x24",
                "sleep",
                "60"),
            workspace,
            log(),
            "attempt 1",
            GRACE);
    ProcessHandle root = ProcessHandle.of(task.pid()).orElseThrow();
    // xvfb-run starts its child once Xvfb answers; Xvfb's -auth names xvfb-run's own folder.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                root.children()
                    .anyMatch(c -> c.info().command().map(n -> n.endsWith("sleep")).orElse(false)));
    Path authFile =
        root.children()
            .map(c -> c.info().arguments().orElse(new String[0]))
            .map(List::of)
            .filter(args -> args.contains("-auth"))
            .map(args -> Path.of(args.get(args.indexOf("-auth") + 1)))
            .findFirst()
            .orElseThrow();
    assertThat(authFile.getParent()).isDirectory();

    task.kill();

    assertThat(task.isAlive()).isFalse();
    assertThat(authFile.getParent()).doesNotExist();
  }
}
