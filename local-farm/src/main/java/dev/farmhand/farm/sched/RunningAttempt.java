package dev.farmhand.farm.sched;

/**
 * One attempt the scheduler has started, from the moment the task is marked running: so a Kill that
 * comes before the process exists still ends it once it does. Thread-safe.
 */
final class RunningAttempt {
  final String jobId;
  final String taskId;
  final int index;
  final int attempt;
  final String worker;

  private Attempt process;
  private boolean killed;
  private boolean preempted;

  RunningAttempt(String jobId, String taskId, int index, int attempt, String worker) {
    this.jobId = jobId;
    this.taskId = taskId;
    this.index = index;
    this.attempt = attempt;
    this.worker = worker;
  }

  /** The process is running; it is ended at once if a kill came first. */
  void started(Attempt started) {
    boolean killNow;
    synchronized (this) {
      process = started;
      killNow = killed;
    }
    if (killNow) {
      started.kill();
    }
  }

  /** Ends the attempt's process tree, now or as soon as it starts; once. */
  void kill() {
    Attempt toKill;
    synchronized (this) {
      if (killed) {
        return;
      }
      killed = true;
      toKill = process;
    }
    if (toKill != null) {
      toKill.kill();
    }
  }

  /** The attempt loses its instance. */
  void preempt() {
    synchronized (this) {
      preempted = true;
    }
    kill();
  }

  /** Whether the attempt lost its instance. */
  synchronized boolean preempted() {
    return preempted;
  }
}
