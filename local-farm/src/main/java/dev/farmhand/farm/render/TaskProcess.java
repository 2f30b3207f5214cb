package dev.farmhand.farm.render;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * One attempt at a task: a renderer's program run with the task's workspace as working directory
 * and no shell, its output and errors merged and appended to the task's log after a header line for
 * the attempt, so a retried task keeps the logs of every attempt. {@link #kill()} ends the whole
 * process tree. Thread-safe: one thread may wait while another kills.
 */
public final class TaskProcess {
  /** How long a killed process tree has to end before it is ended forcibly. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(3);

  private static final long POLL_MILLIS = 10;

  private final Process process;
  private final Path log;
  private final String attempt;
  private final Duration grace;
  private final long startedNanos = System.nanoTime();
  private volatile boolean killed;
  private boolean footerWritten;

  private TaskProcess(Process process, Path log, String attempt, Duration grace) {
    this.process = process;
    this.log = log;
    this.attempt = attempt;
    this.grace = grace;
  }

  /**
   * Starts {@code renderer}'s command for {@code task}, logging to {@code log} under the header
   * {@code === attempt N: <renderer>, frames 1,2, started <instant> ===}.
   *
   * @throws IOException if the log cannot be written or the program cannot be started
   */
  public static TaskProcess start(Renderer renderer, RenderTask task, Path log, int attempt)
      throws IOException {
    String frames = task.frames().stream().map(String::valueOf).collect(Collectors.joining(","));
    return start(
        renderer.command(task),
        task.workspace(),
        log,
        "attempt " + attempt + ": " + renderer.name() + ", frames " + frames,
        DEFAULT_GRACE);
  }

  /**
   * Starts {@code command} (program first, then its arguments; no shell) in {@code workingDir},
   * appending its output and errors to {@code log} after the header {@code === <attempt>, started
   * <instant> ===}. Its standard input is closed.
   *
   * @param grace how long {@link #kill()} waits for the tree to end before ending it forcibly
   * @throws IOException if the log cannot be written or the program cannot be started; the log then
   *     says why
   */
  public static TaskProcess start(
      List<String> command, Path workingDir, Path log, String attempt, Duration grace)
      throws IOException {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(grace, "grace");
    List<String> program = List.copyOf(command);
    if (program.isEmpty()) {
      throw new IllegalArgumentException("a task's command needs a program to run");
    }
    Path parent = log.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    append(log, "=== " + attempt + ", started " + Instant.now() + " ===");
    ProcessBuilder builder =
        new ProcessBuilder(program)
            .directory(workingDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      append(log, "=== " + attempt + " could not start " + program.get(0) + ": " + e.getMessage());
      throw new IOException(
          "task could not start " + program.get(0) + " in " + workingDir + ": " + e.getMessage(),
          e);
    }
    process.getOutputStream().close();
    return new TaskProcess(process, log, attempt, grace);
  }

  /** The operating system's id of the renderer's process. */
  public long pid() {
    return process.pid();
  }

  /** Whether the renderer's process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Whether {@link #kill()} was called. */
  public boolean killed() {
    return killed;
  }

  /** The log the attempt writes to. */
  public Path log() {
    return log;
  }

  /**
   * Waits for the process to end and returns its exit code (0: every frame written). Cancelling the
   * wait by interrupting the thread kills the process tree first.
   *
   * @throws InterruptedException if the waiting thread is interrupted; the tree has then been
   *     killed
   */
  public int waitFor() throws InterruptedException {
    try {
      int exit = process.waitFor();
      writeFooter(exit);
      return exit;
    } catch (InterruptedException e) {
      cancel();
      throw e;
    }
  }

  /**
   * Waits up to {@code timeout} for the process to end; empty if it is still running then (it is
   * left running).
   *
   * @throws InterruptedException if the waiting thread is interrupted; the tree has then been
   *     killed
   */
  public OptionalInt waitFor(Duration timeout) throws InterruptedException {
    try {
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return OptionalInt.empty();
      }
      int exit = process.exitValue();
      writeFooter(exit);
      return OptionalInt.of(exit);
    } catch (InterruptedException e) {
      cancel();
      throw e;
    }
  }

  /** Kills the tree for a cancelled wait and, once this JVM has collected the exit, logs it. */
  private void cancel() {
    kill();
    long deadline = System.nanoTime() + grace.toNanos();
    while (process.isAlive() && System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
    if (!process.isAlive()) {
      writeFooter(process.exitValue());
    }
  }

  /**
   * Ends the process and every process it started: its descendants are asked to end first, and the
   * process itself gets up to half the grace period to end by itself before it is asked too, so a
   * wrapper such as {@code xvfb-run} cleans up after its child (asked at the same moment, a shell
   * script dies without running its exit trap, and {@code xvfb-run} leaves its folder in the
   * temporary directory); whatever still runs after the grace period is ended forcibly. Returns
   * when they have all ended, or after twice the grace period at most. Calling it again, or after
   * the process ended, does no harm.
   */
  public void kill() {
    killed = true;
    long deadline = System.nanoTime() + grace.toNanos();
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.forEach(ProcessHandle::destroy);
    if (!tree.isEmpty()) {
      awaitEnd(List.of(process.toHandle()), System.nanoTime() + grace.toNanos() / 2);
    }
    process.destroy();
    // A child started while the others were being asked to end.
    for (ProcessHandle late : process.descendants().toList()) {
      if (!tree.contains(late)) {
        tree.add(late);
        late.destroy();
      }
    }
    tree.add(process.toHandle());
    List<ProcessHandle> survivors = awaitEnd(tree, deadline);
    if (!survivors.isEmpty()) {
      survivors.forEach(ProcessHandle::destroyForcibly);
      awaitEnd(survivors, System.nanoTime() + grace.toNanos());
    }
  }

  /**
   * Waits until every handle has ended or the deadline passes, and returns those still running.
   * Polls: {@link ProcessHandle#onExit()} learns of a process that is not this JVM's child only
   * every 300 ms or more.
   */
  private static List<ProcessHandle> awaitEnd(List<ProcessHandle> handles, long deadline) {
    List<ProcessHandle> running = new ArrayList<>(handles);
    while (true) {
      running.removeIf(handle -> !isRunning(handle));
      if (running.isEmpty() || System.nanoTime() - deadline >= 0) {
        return running;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.removeIf(handle -> !isRunning(handle));
        return running;
      }
    }
  }

  /**
   * Whether a process still runs. A process that has ended but whose parent has not yet collected
   * it (a zombie, which Linux shows in {@code /proc/<pid>/stat}) counts as ended: an orphan waits
   * for the system's first process to collect it, which can take a second.
   */
  static boolean isRunning(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(handle.pid()), "stat");
    try {
      String text = Files.readString(stat, StandardCharsets.UTF_8);
      int endOfName = text.lastIndexOf(')');
      return endOfName < 0 || endOfName + 2 >= text.length() || text.charAt(endOfName + 2) != 'Z';
    } catch (IOException e) {
      return handle.isAlive();
    }
  }

  private synchronized void writeFooter(int exit) {
    if (footerWritten) {
      return;
    }
    footerWritten = true;
    String seconds = String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
    String ending = killed ? "killed (exit " + exit + ")" : "ended with exit " + exit;
    try {
      append(log, "=== " + attempt + " " + ending + " after " + seconds + " s ===");
    } catch (IOException e) {
      // The attempt's result is the exit code; a log that cannot take its last line loses nothing.
    }
  }

  private static void append(Path log, String line) throws IOException {
    Files.writeString(
        log,
        line + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
