package dev.farmhand.host.panel;

import dev.farmhand.core.status.JobStatus;
import java.awt.Color;

/** The colour each job status is shown in, the same in the table, the detail and the legend. */
final class StatusLook {
  private StatusLook() {}

  static Color colour(JobStatus status) {
    switch (status) {
      case PENDING:
        return new Color(0x8a94a6);
      case SYNC_PENDING:
        return new Color(0x2b9cb0);
      case RUNNING:
        return new Color(0x2f6fdb);
      case HOLDING:
        return new Color(0xe0a100);
      case SUCCESS:
        return new Color(0x2e9e4f);
      case DOWNLOADED:
        return new Color(0x1f6e3a);
      case FAILED:
        return new Color(0xd83b3b);
      case PREEMPTED:
        return new Color(0xe8702a);
      case REVIEWED:
        return new Color(0x8a5cc7);
      case KILLED:
        return new Color(0x5b5b5b);
      default:
        throw new AssertionError(status);
    }
  }
}
