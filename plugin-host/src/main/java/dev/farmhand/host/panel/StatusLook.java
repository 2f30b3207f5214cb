package dev.farmhand.host.panel;

import dev.farmhand.core.status.JobStatus;
import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/**
 * The colour each job status is shown in, the same in the table, the detail and the legend. Made
 * once: cells ask for them on every paint.
 */
final class StatusLook {
  private static final Map<JobStatus, Color> COLOURS = new EnumMap<>(JobStatus.class);
  private static final Map<JobStatus, Color> TEXT = new EnumMap<>(JobStatus.class);

  static {
    for (JobStatus status : JobStatus.values()) {
      COLOURS.put(status, make(status));
      TEXT.put(status, make(status).darker());
    }
  }

  private StatusLook() {}

  static Color colour(JobStatus status) {
    return COLOURS.get(status);
  }

  /** A darker shade, for text on a light background. */
  static Color text(JobStatus status) {
    return TEXT.get(status);
  }

  private static Color make(JobStatus status) {
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
