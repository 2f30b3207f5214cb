package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobStats;
import java.awt.BorderLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;

/**
 * The jobs table with its filter bar and connection banner, fed by an {@link UpdatePump}: sortable
 * by any column (newest first to start), filtered by status and text, several rows selectable. The
 * selection is kept by job id across reloads. Used on the event thread only.
 */
final class JobsView extends JPanel {
  private final JobsTableModel model;
  private final JTable table;
  private final TableRowSorter<JobsTableModel> sorter;
  private final Banner banner = new Banner();
  private final UpdatePump pump;

  JobsView(PendingChanges changes, Supplier<LinkState> link, Clock clock) {
    super(new BorderLayout());
    this.model = new JobsTableModel(clock);
    this.table = new JTable(model);
    table.setName("jobs");
    table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
    table.setFillsViewportHeight(true);
    table.setRowHeight(24);
    table.setAutoCreateColumnsFromModel(false);
    for (JobColumn column : JobColumn.values()) {
      TableColumn shown = table.getColumnModel().getColumn(column.ordinal());
      shown.setPreferredWidth(column.width());
    }
    table.setDefaultRenderer(dev.farmhand.core.status.JobStatus.class, new StatusCellRenderer());
    table.setDefaultRenderer(JobStats.class, new FramesBar());
    ValueRenderers.install(table);
    this.sorter = new TableRowSorter<>(model);
    sorter.setComparator(JobColumn.FRAMES.ordinal(), JobColumn.BY_PROGRESS);
    sorter.setSortKeys(
        List.of(new RowSorter.SortKey(JobColumn.SUBMITTED.ordinal(), SortOrder.DESCENDING)));
    sorter.setSortsOnUpdates(true);
    table.setRowSorter(sorter);
    this.pump = new UpdatePump(changes, model, link, banner::show, table::repaint);
    keepSelectionAcrossReloads();
    JPanel top = new JPanel(new BorderLayout());
    top.add(banner, BorderLayout.NORTH);
    top.add(new FilterBar(sorter::setRowFilter), BorderLayout.CENTER);
    add(top, BorderLayout.NORTH);
    add(new JScrollPane(table), BorderLayout.CENTER);
  }

  JTable table() {
    return table;
  }

  JobsTableModel model() {
    return model;
  }

  UpdatePump pump() {
    return pump;
  }

  Banner banner() {
    return banner;
  }

  /** Puts the filter bar's controls to the left of {@code extra} in the top strip. */
  JPanel topStrip() {
    return (JPanel) getComponent(0);
  }

  /** The selected jobs, in view order. */
  List<Job> selectedJobs() {
    List<Job> jobs = new ArrayList<>();
    for (int viewRow : table.getSelectedRows()) {
      jobs.add(model.row(table.convertRowIndexToModel(viewRow)).job());
    }
    return jobs;
  }

  /** Selects exactly these jobs (those shown). */
  void select(Set<String> jobIds) {
    table.clearSelection();
    for (String id : jobIds) {
      model
          .indexOf(id)
          .map(table::convertRowIndexToView)
          .filter(view -> view >= 0)
          .ifPresent(view -> table.addRowSelectionInterval(view, view));
    }
  }

  private void keepSelectionAcrossReloads() {
    Set<String> remembered = new HashSet<>();
    pump.aroundReload(
        () -> {
          remembered.clear();
          selectedJobs().forEach(job -> remembered.add(job.id()));
        },
        () -> select(remembered));
  }

  void start() {
    pump.start();
  }

  void stop() {
    pump.stop();
  }
}
