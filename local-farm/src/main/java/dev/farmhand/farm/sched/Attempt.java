package dev.farmhand.farm.sched;

/** One attempt of a task, running as a process tree. */
public interface Attempt {
  /** Waits for the process to end and returns its exit code. */
  int await() throws InterruptedException;

  /** Ends the whole process tree; {@link #await} then returns. */
  void kill();
}
