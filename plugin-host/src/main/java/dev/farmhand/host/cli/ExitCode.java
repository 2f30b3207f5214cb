package dev.farmhand.host.cli;

/** The exit codes of the {@code farmhand} command, as the command-line reference defines them. */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /** Failed. */
  public static final int FAILED = 1;

  /** Bad usage or bad input; the message names what and how to fix it. */
  public static final int BAD_INPUT = 2;

  /** The farm refused at least one of the jobs named. */
  public static final int REFUSED = 3;

  /** Not authenticated, or not allowed. */
  public static final int NOT_ALLOWED = 4;

  /** Timed out. */
  public static final int TIMED_OUT = 5;

  private ExitCode() {}
}
