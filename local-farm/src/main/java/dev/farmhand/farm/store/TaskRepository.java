package dev.farmhand.farm.store;

import dev.farmhand.core.status.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Tasks in the farm's database. Every method works in the caller's transaction; none commits. */
public final class TaskRepository {

  /** Stores a new task. */
  public void insert(Connection c, StoredTask t) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO tasks (id, job_id, idx, frames, scout, status, attempts, failed_count,"
                + " preempted_count, worker, started_at, finished_at, render_seconds, failure)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Rows.bind(
          s,
          t.id(),
          t.jobId(),
          t.index(),
          Rows.frames(t.frames()),
          t.scout(),
          t.status().wireName(),
          t.attempts(),
          t.failedCount(),
          t.preemptedCount(),
          t.worker(),
          t.startedAt(),
          t.finishedAt(),
          t.renderSeconds(),
          t.failure());
      s.executeUpdate();
    }
  }

  /** Writes a task's state. */
  public void update(Connection c, StoredTask t) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE tasks SET status = ?, attempts = ?, failed_count = ?, preempted_count = ?,"
                + " worker = ?, started_at = ?, finished_at = ?, render_seconds = ?, failure = ?"
                + " WHERE id = ?")) {
      Rows.bind(
          s,
          t.status().wireName(),
          t.attempts(),
          t.failedCount(),
          t.preemptedCount(),
          t.worker(),
          t.startedAt(),
          t.finishedAt(),
          t.renderSeconds(),
          t.failure(),
          t.id());
      s.executeUpdate();
    }
  }

  /** A job's tasks, in order. */
  public List<StoredTask> tasks(Connection c, String jobId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT * FROM tasks WHERE job_id = ? ORDER BY idx")) {
      Rows.bind(s, jobId);
      return tasks(s);
    }
  }

  /**
   * Each job's frames counted by task status, and its worker time, summed in one query for all the
   * jobs named: what the job list shows, without reading each task. A task's frames are counted
   * from its stored list ({@code 1,2,3}); a preempted task is failed once its preemptions exceed
   * its job's preempted-retries, as {@link StoredTask#retriesLeft} says. A job with no tasks is
   * absent from the answer.
   */
  public Map<String, TaskCounts> counts(Connection c, List<String> jobIds) throws SQLException {
    Map<String, TaskCounts> counts = new java.util.HashMap<>();
    if (jobIds.isEmpty()) {
      return counts;
    }
    String marks = String.join(",", java.util.Collections.nCopies(jobIds.size(), "?"));
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.job_id, SUM(t.n), SUM(CASE WHEN t.status = 'success' THEN t.n ELSE 0 END),"
                + " SUM(CASE WHEN t.status IN ('failed', 'killed') OR (t.status = 'preempted'"
                + " AND t.preempted_count > j.retries_preempted) THEN t.n ELSE 0 END),"
                + " SUM(CASE WHEN t.status = 'running' THEN t.n ELSE 0 END),"
                + " SUM(CASE WHEN t.status = 'holding' THEN t.n ELSE 0 END),"
                + " SUM(t.render_seconds)"
                + " FROM (SELECT job_id, status, preempted_count, render_seconds,"
                + " LENGTH(frames) - LENGTH(REPLACE(frames, ',', '')) + 1 AS n FROM tasks"
                + " WHERE job_id IN ("
                + marks
                + ")) t JOIN jobs j ON j.id = t.job_id GROUP BY t.job_id")) {
      Rows.bind(s, jobIds.toArray());
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          counts.put(
              rows.getString(1),
              new TaskCounts(
                  rows.getInt(2),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getInt(5),
                  rows.getInt(6),
                  rows.getDouble(7)));
        }
      }
    }
    return counts;
  }

  /** Every task in one of these statuses, farm-wide. */
  public List<StoredTask> tasksIn(Connection c, Set<TaskStatus> statuses) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM tasks WHERE status IN ("
                + statuses.stream()
                    .map(x -> "'" + x.wireName() + "'")
                    .collect(Collectors.joining(","))
                + ")")) {
      return tasks(s);
    }
  }

  /**
   * The tasks that may start now, first to run first: of jobs whose files are on the shared disk
   * and that no label marks finished (Complete, Downloaded, Reviewed), queued tasks and preempted
   * ones with retries left (unless their job is held); by job priority, then the order jobs came
   * in, scouts first, then the tasks' order. Each as (job id, task id).
   */
  public List<Map.Entry<String, String>> runnable(Connection c, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT t.job_id, t.id FROM tasks t JOIN jobs j ON j.id = t.job_id"
                + " WHERE j.sync = 'synced' AND j.completed = 0 AND j.reviewed = 0"
                + " AND j.downloaded = 0 AND (t.status = 'pending' OR (t.status = 'preempted'"
                + " AND t.preempted_count <= j.retries_preempted AND j.held = 0))"
                + " ORDER BY j.priority DESC, j.number, t.scout DESC, t.idx LIMIT ?")) {
      Rows.bind(s, limit);
      List<Map.Entry<String, String>> tasks = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          tasks.add(Map.entry(rows.getString(1), rows.getString(2)));
        }
      }
      return tasks;
    }
  }

  private static List<StoredTask> tasks(PreparedStatement s) throws SQLException {
    List<StoredTask> tasks = new ArrayList<>();
    try (ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        tasks.add(
            new StoredTask(
                rows.getString("id"),
                rows.getString("job_id"),
                rows.getInt("idx"),
                Rows.frames(rows.getString("frames")),
                Rows.flag(rows, "scout"),
                TaskStatus.parse(rows.getString("status")),
                rows.getInt("attempts"),
                rows.getInt("failed_count"),
                rows.getInt("preempted_count"),
                rows.getString("worker"),
                Rows.instant(rows, "started_at"),
                Rows.instant(rows, "finished_at"),
                rows.getDouble("render_seconds"),
                rows.getString("failure")));
      }
    }
    return tasks;
  }
}
