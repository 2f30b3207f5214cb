package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.swing.RowFilter;

/**
 * Which rows show: jobs in the chosen statuses (all when none is chosen) whose title, id or user
 * contains the text, ignoring case. Immutable.
 */
final class JobFilter extends RowFilter<JobsTableModel, Integer> {
  static final JobFilter ALL = new JobFilter(Set.of(), "");

  private final Set<JobStatus> statuses;
  private final String text;

  JobFilter(Set<JobStatus> statuses, String text) {
    this.statuses =
        statuses.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(statuses)));
    this.text = text.strip().toLowerCase(Locale.ROOT);
  }

  Set<JobStatus> statuses() {
    return statuses;
  }

  String text() {
    return text;
  }

  /** Whether the job shows. */
  boolean matches(Job job) {
    if (!statuses.isEmpty() && !statuses.contains(job.status())) {
      return false;
    }
    return text.isEmpty()
        || job.title().toLowerCase(Locale.ROOT).contains(text)
        || job.id().toLowerCase(Locale.ROOT).contains(text)
        || job.user().toLowerCase(Locale.ROOT).contains(text);
  }

  @Override
  public boolean include(Entry<? extends JobsTableModel, ? extends Integer> entry) {
    return matches(entry.getModel().row(entry.getIdentifier()).job());
  }
}
