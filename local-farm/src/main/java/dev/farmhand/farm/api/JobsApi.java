package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.JobPage;
import dev.farmhand.core.protocol.Manifest;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.TaskPage;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.JobSubmissions;
import dev.farmhand.farm.jobs.JobViews;
import dev.farmhand.farm.jobs.RefusedException;
import dev.farmhand.farm.jobs.Snapshot;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.JobRepository;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import dev.farmhand.farm.store.TaskCounts;
import dev.farmhand.farm.store.TaskRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /api/v1/jobs…}: submit, list, one job, its tasks and their logs, its manifest. */
final class JobsApi {
  private static final String IDEMPOTENCY = "[\\x21-\\x7E]{1,255}";

  private final Database database;
  private final JobJournal journal;
  private final JobSubmissions submissions;
  private final FarmPaths paths;
  private final Clock clock;
  private final JobRepository jobs = new JobRepository();
  private final TaskRepository tasks = new TaskRepository();

  JobsApi(
      Database database,
      JobJournal journal,
      JobSubmissions submissions,
      FarmPaths paths,
      Clock clock) {
    this.database = database;
    this.journal = journal;
    this.submissions = submissions;
    this.paths = paths;
    this.clock = clock;
  }

  void routes(RoutesConfig routes) {
    routes.post("/api/v1/jobs", this::create);
    routes.get("/api/v1/jobs", this::list);
    routes.get("/api/v1/jobs/{job_id}", this::get);
    routes.get("/api/v1/jobs/{job_id}/tasks", this::tasks);
    routes.get("/api/v1/jobs/{job_id}/tasks/{task_id}/log", this::log);
    routes.get("/api/v1/jobs/{job_id}/manifest", this::manifest);
    routes.post("/api/v1/jobs/{job_id}/downloaded", this::downloaded);
  }

  private void create(Context ctx) {
    String key = ctx.header("Idempotency-Key");
    if (key == null || !key.matches(IDEMPOTENCY)) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "Idempotency-Key is "
              + (key == null ? "missing" : "not 1 to 255 printable characters")
              + ": send a new key (a UUID) with each job, and the same key when retrying it",
          Map.of("field", "Idempotency-Key"));
    }
    JobCreateRequest request = Http.body(ctx, JobCreateRequest.class);
    JobSubmissions.Submitted submitted = submissions.submit(Http.who(ctx), key, request);
    Job job = JobViews.job(submitted.job(), clock.instant());
    if (submitted.replayed()) {
      ctx.header("Idempotent-Replayed", "true");
      Http.json(ctx, 200, job);
    } else {
      ctx.header("Location", "/api/v1/jobs/" + job.id());
      Http.json(ctx, 201, job);
    }
  }

  private void list(Context ctx) {
    Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
    for (String value : ctx.queryParams("status")) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          try {
            statuses.add(JobStatus.parse(name));
          } catch (IllegalArgumentException e) {
            throw new RefusedException(
                ErrorCode.INVALID_REQUEST, e.getMessage(), Map.of("field", "status"));
          }
        }
      }
    }
    int limit = Http.intQuery(ctx, "limit", 100, 1, 1000);
    long before = cursor(ctx.queryParam("cursor"));
    String account = Http.who(ctx).account();
    List<Job> page =
        database.transaction(
            c -> {
              List<StoredJob> listed = jobs.list(c, account, statuses, before, limit + 1);
              Map<String, TaskCounts> counts =
                  tasks.counts(c, listed.stream().map(StoredJob::id).toList());
              List<Job> result = new ArrayList<>();
              Instant now = clock.instant();
              for (StoredJob job : listed) {
                result.add(JobViews.job(job, counts.getOrDefault(job.id(), TaskCounts.NONE), now));
              }
              return result;
            });
    String next = null;
    if (page.size() > limit) {
      page = page.subList(0, limit);
      next = page.get(limit - 1).id().substring(2);
    }
    Http.json(ctx, 200, new JobPage(page, next));
  }

  private static long cursor(String text) {
    if (text == null) {
      return Long.MAX_VALUE;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "cursor '" + text + "' is not one this farm gave: pass next_cursor as it came",
          Map.of("field", "cursor"));
    }
  }

  /** The job in the caller's account, or 404. */
  private Snapshot snapshot(Context ctx) {
    String id = ctx.pathParam("job_id");
    String account = Http.who(ctx).account();
    return database.transaction(
        c ->
            jobs.find(c, account, id)
                .map(
                    job -> {
                      try {
                        return new Snapshot(job, tasks.tasks(c, id));
                      } catch (java.sql.SQLException e) {
                        throw new dev.farmhand.farm.store.StoreException(e);
                      }
                    })
                .orElseThrow(() -> RefusedException.noJob(id)));
  }

  private void get(Context ctx) {
    Http.json(ctx, 200, JobViews.job(snapshot(ctx), clock.instant()));
  }

  private void tasks(Context ctx) {
    Snapshot job = snapshot(ctx);
    int limit = Http.intQuery(ctx, "limit", 100, 1, 1000);
    int from = Http.intQuery(ctx, "cursor", 0, 0, Integer.MAX_VALUE);
    List<Task> tasks = new ArrayList<>();
    for (StoredTask task :
        job.tasks().subList(Math.min(from, job.tasks().size()), job.tasks().size())) {
      if (tasks.size() == limit) {
        break;
      }
      tasks.add(JobViews.task(job.job(), task));
    }
    int end = from + tasks.size();
    Http.json(ctx, 200, new TaskPage(tasks, end < job.tasks().size() ? String.valueOf(end) : null));
  }

  private void log(Context ctx) throws IOException {
    Snapshot job = snapshot(ctx);
    String taskId = ctx.pathParam("task_id");
    if (job.tasks().stream().noneMatch(t -> t.id().equals(taskId))) {
      throw new RefusedException(
          ErrorCode.NOT_FOUND,
          "job "
              + job.job().id()
              + " has no task '"
              + taskId
              + "': list its tasks to see their ids",
          Map.of("job_id", job.job().id(), "task_id", taskId));
    }
    Path log = paths.taskLog(job.job().id(), taskId);
    if (!Files.exists(log)) {
      ctx.status(200).contentType("text/plain; charset=utf-8").result("");
      return;
    }
    InputStream in = Files.newInputStream(log);
    Ranges.serve(ctx, in, Files.size(log), "text/plain; charset=utf-8", null);
  }

  private void manifest(Context ctx) {
    Snapshot job = snapshot(ctx);
    Http.json(
        ctx,
        200,
        new Manifest(job.job().id(), database.transaction(c -> jobs.files(c, job.job().id()))));
  }

  private void downloaded(Context ctx) {
    Snapshot job = snapshot(ctx);
    JobStatus[] refused = new JobStatus[1];
    Snapshot after =
        journal.change(
            job.job().id(),
            (tx, current) -> {
              JobStatus status = current.job().status();
              if (status == JobStatus.DOWNLOADED) {
                return current;
              }
              if (status != JobStatus.SUCCESS) {
                refused[0] = status;
                return current;
              }
              return current.withJob(
                  current.job().with(current.job().flags().withDownloaded(true), status));
            });
    if (refused[0] != null) {
      throw new RefusedException(
          ErrorCode.INVALID_STATE,
          "job "
              + job.job().id()
              + " is "
              + refused[0].label()
              + ": only a job that shows Success can be marked downloaded",
          Map.of("status", refused[0].wireName()));
    }
    Http.json(ctx, 200, JobViews.job(after, clock.instant()));
  }
}
