package dev.farmhand.host.panel;

import dev.farmhand.core.frames.FrameSpec;
import dev.farmhand.core.protocol.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The tasks of the job in the detail: one row each, with status, times and why it failed. */
final class TasksTableModel extends AbstractTableModel {
  private static final String[] HEADERS = {
    "Task",
    "Frames",
    "Status",
    "Scout",
    "Attempts",
    "Worker",
    "Started",
    "Finished",
    "Took",
    "Failure"
  };
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private List<Task> tasks = new ArrayList<>();

  void show(List<Task> newTasks) {
    tasks = List.copyOf(newTasks);
    fireTableDataChanged();
  }

  Task task(int row) {
    return tasks.get(row);
  }

  @Override
  public int getRowCount() {
    return tasks.size();
  }

  @Override
  public int getColumnCount() {
    return HEADERS.length;
  }

  @Override
  public String getColumnName(int column) {
    return HEADERS[column];
  }

  @Override
  public Object getValueAt(int row, int column) {
    Task task = tasks.get(row);
    switch (column) {
      case 0:
        return task.id();
      case 1:
        return FrameSpec.compact(task.frames());
      case 2:
        return task.status().wireName();
      case 3:
        return task.scout() ? "scout" : "";
      case 4:
        return task.attempts();
      case 5:
        return task.worker() == null ? "" : task.worker();
      case 6:
        return time(task.startedAt());
      case 7:
        return time(task.finishedAt());
      case 8:
        return task.startedAt() == null || task.finishedAt() == null
            ? ""
            : JobTimes.text(Duration.between(task.startedAt(), task.finishedAt()));
      case 9:
        return task.failure() == null ? "" : task.failure();
      default:
        throw new IndexOutOfBoundsException(column);
    }
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
