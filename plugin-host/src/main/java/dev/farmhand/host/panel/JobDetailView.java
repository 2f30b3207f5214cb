package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.status.Control;
import java.awt.BorderLayout;
import java.awt.Font;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;

/**
 * The selected job in detail: its tasks with status and times, the log of the task selected, and
 * its scout frames with Approve and Reject. Read in the background when a job is shown and again
 * when its row changes (one read at a time; a change during a read reads once more after). Used on
 * the event thread only.
 */
final class JobDetailView extends JPanel {
  private final JobDetails details;
  private final Executor background;
  private final Supplier<Role> role;
  private final JLabel header = new JLabel("Select a job to see its tasks.");
  private final TasksTableModel tasks = new TasksTableModel();
  private final JTable taskTable = new JTable(tasks);
  private final JTextArea log = new JTextArea();
  private final ScoutStrip scouts;
  private String shown;
  private boolean reading;
  private boolean stale;
  private long reads;

  JobDetailView(
      JobDetails details,
      Executor background,
      Supplier<Role> role,
      BiConsumer<Control, List<String>> send) {
    super(new BorderLayout());
    this.details = details;
    this.background = background;
    this.role = role;
    this.scouts = new ScoutStrip(send);
    setName("detail");
    header.setName("detail.header");
    header.setFont(header.getFont().deriveFont(Font.BOLD));
    header.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    taskTable.setName("detail.tasks");
    taskTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    taskTable
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting()) {
                showLog();
              }
            });
    log.setName("detail.log");
    log.setEditable(false);
    log.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
    JSplitPane tasksAndLog =
        new JSplitPane(
            JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(taskTable), new JScrollPane(log));
    tasksAndLog.setResizeWeight(0.6);
    add(header, BorderLayout.NORTH);
    add(tasksAndLog, BorderLayout.CENTER);
    add(scouts, BorderLayout.SOUTH);
  }

  /** Shows this job, or nothing. */
  void show(String jobId) {
    if (jobId == null || !jobId.equals(shown)) {
      shown = jobId;
      log.setText("");
      if (jobId == null) {
        header.setText("Select a job to see its tasks.");
        tasks.show(List.of());
        scouts.show(null, List.of(), "", role.get());
        return;
      }
      header.setText(jobId + ": reading…");
      read();
    }
  }

  /** Reads the shown job again when one of these jobs changed. */
  void changed(List<String> jobIds) {
    if (shown != null && jobIds.contains(shown)) {
      read();
    }
  }

  private void read() {
    if (reading) {
      stale = true;
      return;
    }
    reading = true;
    String jobId = shown;
    background.execute(
        () -> {
          try {
            JobDetails.Detail detail = details.load(jobId);
            SwingUtilities.invokeLater(() -> done(jobId, detail, null));
          } catch (Exception e) {
            SwingUtilities.invokeLater(() -> done(jobId, null, e));
          }
        });
  }

  private void done(String jobId, JobDetails.Detail detail, Exception failure) {
    reading = false;
    reads++;
    if (jobId.equals(shown)) {
      if (detail != null) {
        var job = detail.job();
        header.setText(
            job.title()
                + "  ·  "
                + job.id()
                + "  ·  "
                + job.status().label()
                + "  ·  "
                + FramesBar.text(job.stats())
                + " frames  ·  "
                + detail.tasks().size()
                + " tasks");
        int selected = taskTable.getSelectedRow();
        tasks.show(detail.tasks());
        if (selected >= 0 && selected < tasks.getRowCount()) {
          taskTable.setRowSelectionInterval(selected, selected);
        }
        scouts.show(job, detail.scouts(), detail.scoutNote(), role.get());
      } else {
        header.setText(jobId + ": could not be read: " + failure.getMessage());
      }
    }
    if (stale) {
      stale = false;
      read();
    }
  }

  private void showLog() {
    int row = taskTable.getSelectedRow();
    if (row < 0 || shown == null) {
      return;
    }
    Task task = tasks.task(row);
    String jobId = shown;
    log.setText("reading the log of " + task.id() + "…");
    background.execute(
        () -> {
          String text;
          try {
            text = details.log(jobId, task.id());
          } catch (Exception e) {
            text = "the log of " + task.id() + " could not be read: " + e.getMessage();
          }
          String shownText = text;
          SwingUtilities.invokeLater(
              () -> {
                if (jobId.equals(shown)) {
                  log.setText(shownText);
                  log.setCaretPosition(0);
                }
              });
        });
  }

  /** Reads finished so far (for tests). */
  long reads() {
    return reads;
  }

  ScoutStrip scouts() {
    return scouts;
  }

  JTable taskTable() {
    return taskTable;
  }
}
