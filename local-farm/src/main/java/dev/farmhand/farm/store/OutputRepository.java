package dev.farmhand.farm.store;

import dev.farmhand.core.protocol.Output;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The files jobs rendered, and which files each account uploaded. In the caller's transaction. */
public final class OutputRepository {

  /** Records an output of a job, replacing one at the same path (a task rendered again). */
  public void add(Connection c, String jobId, Output output, Instant at) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT OR REPLACE INTO outputs (job_id, task_id, path, frame, sha256, size, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Rows.bind(
          s,
          jobId,
          output.taskId(),
          output.path(),
          output.frame(),
          output.sha256(),
          output.size(),
          at);
      s.executeUpdate();
    }
  }

  /** A job's outputs, by path. */
  public List<Output> list(Connection c, String jobId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT * FROM outputs WHERE job_id = ? ORDER BY path")) {
      Rows.bind(s, jobId);
      List<Output> outputs = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          outputs.add(output(rows));
        }
      }
      return outputs;
    }
  }

  /** The task that wrote the job's output at this path, or null. */
  public String owner(Connection c, String jobId, String path) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT task_id FROM outputs WHERE job_id = ? AND path = ?")) {
      Rows.bind(s, jobId, path);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** Forgets a job's outputs from these tasks, before they render again. */
  public void removeForTasks(Connection c, String jobId, List<String> taskIds) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM outputs WHERE job_id = ? AND task_id = ?")) {
      for (String taskId : taskIds) {
        Rows.bind(s, jobId, taskId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Notes that the account uploaded this content, so it may use it. */
  public void own(Connection c, String account, String sha256) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT OR IGNORE INTO account_files (account, sha256) VALUES (?, ?)")) {
      Rows.bind(s, account, sha256);
      s.executeUpdate();
    }
  }

  /** Whether the account uploaded this content. */
  public boolean owns(Connection c, String account, String sha256) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM account_files WHERE account = ? AND sha256 = ?")) {
      Rows.bind(s, account, sha256);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static Output output(ResultSet rows) throws SQLException {
    int frame = rows.getInt("frame");
    Integer maybeFrame = rows.wasNull() ? null : frame;
    return new Output(
        rows.getString("path"),
        rows.getLong("size"),
        rows.getString("sha256"),
        rows.getString("task_id"),
        maybeFrame);
  }
}
