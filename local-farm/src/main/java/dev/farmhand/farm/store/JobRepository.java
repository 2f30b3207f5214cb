package dev.farmhand.farm.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.SyncState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jobs, their tasks and their dependency manifests in the farm's database. Every method works in
 * the caller's transaction ({@link Database#transaction}); none commits.
 */
public final class JobRepository {
  private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};
  private static final TaskRepository TASKS = new TaskRepository();

  /** The next job number, one more than the highest so far. */
  public long nextNumber(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM jobs");
        ResultSet rows = s.executeQuery()) {
      return rows.getLong(1);
    }
  }

  /** Stores a new job with its tasks and manifest, under an idempotency key. */
  public void insert(
      Connection c,
      StoredJob job,
      List<StoredTask> tasks,
      List<Dependency> files,
      String idempotencyKey,
      String requestSha256)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO jobs (id, number, account, user, title, scene, renderer, frames, chunk,"
                + " scouts, priority, preemptible, retries_preempted, retries_failed, output_dir,"
                + " output_pattern, metadata, submitted_at, started_at, finished_at, sync, held,"
                + " killed, completed, downloaded, reviewed, status, idempotency_key,"
                + " request_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      JobFlags f = job.flags();
      Rows.bind(
          s,
          job.id(),
          job.number(),
          job.account(),
          job.user(),
          job.title(),
          job.scene(),
          job.renderer(),
          job.frames(),
          job.chunk(),
          job.scouts(),
          job.priority(),
          job.preemptible(),
          job.retries().preempted(),
          job.retries().failed(),
          job.outputDir(),
          job.outputPattern(),
          metadata(job.metadata()),
          job.submittedAt(),
          job.startedAt(),
          job.finishedAt(),
          f.sync().wireName(),
          f.held(),
          f.killed(),
          f.completed(),
          f.downloaded(),
          f.reviewed(),
          job.status().wireName(),
          idempotencyKey,
          requestSha256);
      s.executeUpdate();
    }
    for (StoredTask task : tasks) {
      TASKS.insert(c, task);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO job_files (job_id, path, sha256, size) VALUES (?, ?, ?, ?)")) {
      for (Dependency file : files) {
        Rows.bind(s, job.id(), file.path(), file.sha256(), file.size());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Writes a job's flags, status, priority and times. */
  public void update(Connection c, StoredJob job) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE jobs SET priority = ?, started_at = ?, finished_at = ?, sync = ?, held = ?,"
                + " killed = ?, completed = ?, downloaded = ?, reviewed = ?, status = ? WHERE id = ?")) {
      JobFlags f = job.flags();
      Rows.bind(
          s,
          job.priority(),
          job.startedAt(),
          job.finishedAt(),
          f.sync().wireName(),
          f.held(),
          f.killed(),
          f.completed(),
          f.downloaded(),
          f.reviewed(),
          job.status().wireName(),
          job.id());
      s.executeUpdate();
    }
  }

  /** The job with this id in this account; another account's job is not found. */
  public Optional<StoredJob> find(Connection c, String account, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT * FROM jobs WHERE id = ? AND account = ?")) {
      Rows.bind(s, id, account);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(job(rows)) : Optional.empty();
      }
    }
  }

  /** The job with this id, whatever its account (for the scheduler). */
  public StoredJob get(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM jobs WHERE id = ?")) {
      Rows.bind(s, id);
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException("no job " + id);
        }
        return job(rows);
      }
    }
  }

  /** The job made earlier under this idempotency key, with the hash of its request. */
  public Optional<Map.Entry<StoredJob, String>> byIdempotencyKey(
      Connection c, String account, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT * FROM jobs WHERE account = ? AND idempotency_key = ?")) {
      Rows.bind(s, account, key);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next()
            ? Optional.of(Map.entry(job(rows), rows.getString("request_sha256")))
            : Optional.empty();
      }
    }
  }

  /**
   * A page of the account's jobs, newest first, optionally only those in some statuses.
   *
   * @param beforeNumber only jobs numbered below this (the cursor), or {@code Long.MAX_VALUE}
   */
  public List<StoredJob> list(
      Connection c, String account, Set<JobStatus> statuses, long beforeNumber, int limit)
      throws SQLException {
    String filter =
        statuses.isEmpty()
            ? ""
            : " AND status IN ("
                + statuses.stream()
                    .map(x -> "'" + x.wireName() + "'")
                    .collect(Collectors.joining(","))
                + ")";
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT * FROM jobs WHERE account = ? AND number < ?"
                + filter
                + " ORDER BY number DESC LIMIT ?")) {
      Rows.bind(s, account, beforeNumber, limit);
      List<StoredJob> jobs = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          jobs.add(job(rows));
        }
      }
      return jobs;
    }
  }

  /** The ids of jobs whose files are being laid out. */
  public List<String> syncing(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM jobs WHERE sync = 'syncing'");
        ResultSet rows = s.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
      return ids;
    }
  }

  /** A job's dependency manifest, by path. */
  public List<Dependency> files(Connection c, String jobId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT * FROM job_files WHERE job_id = ? ORDER BY path")) {
      Rows.bind(s, jobId);
      List<Dependency> files = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          files.add(
              new Dependency(
                  rows.getString("path"), rows.getString("sha256"), rows.getLong("size")));
        }
      }
      return files;
    }
  }

  private static StoredJob job(ResultSet rows) throws SQLException {
    JobFlags flags =
        new JobFlags(
            SyncState.valueOf(rows.getString("sync").toUpperCase(Locale.ROOT)),
            Rows.flag(rows, "held"),
            Rows.flag(rows, "killed"),
            Rows.flag(rows, "completed"),
            Rows.flag(rows, "downloaded"),
            Rows.flag(rows, "reviewed"));
    return new StoredJob(
        rows.getString("id"),
        rows.getLong("number"),
        rows.getString("account"),
        rows.getString("user"),
        rows.getString("title"),
        rows.getString("scene"),
        rows.getString("renderer"),
        rows.getString("frames"),
        rows.getInt("chunk"),
        rows.getString("scouts"),
        rows.getInt("priority"),
        Rows.flag(rows, "preemptible"),
        new RetryPolicy(rows.getInt("retries_preempted"), rows.getInt("retries_failed")),
        rows.getString("output_dir"),
        rows.getString("output_pattern"),
        metadata(rows.getString("metadata")),
        Rows.instant(rows, "submitted_at"),
        Rows.instant(rows, "started_at"),
        Rows.instant(rows, "finished_at"),
        flags,
        JobStatus.parse(rows.getString("status")));
  }

  private static String metadata(Map<String, String> metadata) {
    return Json.write(metadata);
  }

  private static Map<String, String> metadata(String json) throws SQLException {
    try {
      return Json.mapper().readValue(json, METADATA);
    } catch (JsonProcessingException e) {
      throw new SQLException("a job's metadata is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
