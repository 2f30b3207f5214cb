package dev.farmhand.core.client;

import dev.farmhand.core.client.internal.AuthInterceptor;
import dev.farmhand.core.client.internal.ErrorMapper;
import dev.farmhand.core.client.internal.Exchange;
import dev.farmhand.core.client.internal.Pool;
import dev.farmhand.core.client.internal.RetryExec;
import dev.farmhand.core.protocol.ActionRequest;
import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobAction;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.JobPage;
import dev.farmhand.core.protocol.Manifest;
import dev.farmhand.core.protocol.Me;
import dev.farmhand.core.protocol.MissingFilesRequest;
import dev.farmhand.core.protocol.MissingFilesResponse;
import dev.farmhand.core.protocol.NoticesInfo;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.sync.FileTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * A farm's REST API (docs/protocol.md) over Apache HttpClient 5: who the key is, jobs, controls,
 * files, outputs, events. Build one per farm and key with {@link #builder()}, share it (it is
 * thread-safe and pools its connections), and close it when done; {@link #newBuilder()} makes a
 * variant that shares the pool.
 *
 * <p>Every method throws an {@link IOException}: a {@link FarmException} subclass saying what went
 * wrong and what to do, a {@link dev.farmhand.core.files.HashMismatchException} for an upload the
 * farm found damaged, or an {@link java.io.InterruptedIOException} when interrupted. What the
 * protocol makes safe to repeat is retried (see {@link RetrySettings}); controls are not.
 */
public final class FarmClient implements FileTransport, AutoCloseable {
  private final FarmClientBuilder settings;
  private final URI farm;
  private final Pool pool;
  private final CloseableHttpClient http;
  private final Exchange exchange;
  private final AtomicBoolean closed = new AtomicBoolean();

  FarmClient(FarmClientBuilder builder, URI farm, String key, Pool pool) {
    this.settings = builder.copy(null);
    this.farm = farm;
    this.pool = pool;
    this.http =
        Exchange.httpClient(
            pool,
            new AuthInterceptor(farm, key),
            new RetryExec(builder.retries(), builder.sleeper(), builder.random(), builder.clock()),
            builder.leaseTimeout(),
            builder.responseTimeout());
    this.exchange =
        new Exchange(
            http,
            farm,
            new ErrorMapper(farm, key, builder.responseTimeout(), builder.leaseTimeout()));
  }

  /** A builder with the defaults: 10 s connect, 60 s response, 30 s lease, 32/16 connections. */
  public static FarmClientBuilder builder() {
    return new FarmClientBuilder();
  }

  /** A builder with this client's settings that shares its pool while the pool settings hold. */
  public FarmClientBuilder newBuilder() {
    return settings.copy(pool);
  }

  /** The farm's URL. */
  public URI farm() {
    return farm;
  }

  /** Who the key is: account, user, role. */
  public Me me() throws IOException {
    return get("/api/v1/me", Me.class);
  }

  /** How to receive the account's events by MQTT push. */
  public NoticesInfo notices() throws IOException {
    return get("/api/v1/notices", NoticesInfo.class);
  }

  /**
   * Makes a job, or gets the one an earlier request with the same idempotency key made. Retried as
   * {@link RetrySettings} allow, with the same key every time, so it never makes two jobs.
   *
   * @param idempotencyKey new for each job meant (a random UUID), the same on every retry of it
   * @throws RefusedException if the farm lacks dependencies ({@code files_missing}), does not run
   *     the renderer, or the key was used with another request ({@code idempotency_conflict})
   */
  public JobSubmission createJob(JobCreateRequest request, String idempotencyKey)
      throws IOException {
    Paging.idempotencyKey(idempotencyKey);
    var http =
        exchange
            .request("POST", "/api/v1/jobs")
            .addHeader("Idempotency-Key", idempotencyKey)
            .setEntity(Exchange.json(request))
            .build();
    Exchange.Answer answer = exchange.send(http);
    Job job = exchange.read(http, answer, Job.class);
    return new JobSubmission(
        job, answer.status() == 200 || "true".equals(answer.header("Idempotent-Replayed")));
  }

  /**
   * One page of the account's jobs, newest first.
   *
   * @param statuses only jobs in these statuses; empty for all
   * @param cursor the previous page's {@code next_cursor}, or null for the first page
   * @param limit 1 to 1000 jobs
   */
  public JobPage jobs(Set<JobStatus> statuses, @Nullable String cursor, int limit)
      throws IOException {
    return get(Paging.jobsPath(statuses, cursor, limit), JobPage.class);
  }

  /** Every job of the account in these statuses (all when empty), newest first, page by page. */
  public List<Job> allJobs(Set<JobStatus> statuses) throws IOException {
    List<Job> all = new ArrayList<>();
    String cursor = null;
    do {
      JobPage page = jobs(statuses, cursor, Paging.MAX_LIMIT);
      all.addAll(page.jobs());
      cursor = Paging.next(cursor, page.nextCursor());
    } while (cursor != null);
    return all;
  }

  /** One job with its statistics. */
  public Job job(String jobId) throws IOException {
    return get("/api/v1/jobs/" + Paging.id(jobId, "job id"), Job.class);
  }

  /** Every task of the job, by index. */
  public List<Task> tasks(String jobId) throws IOException {
    return Paging.tasks(this::get, Paging.id(jobId, "job id"));
  }

  /** The task's log, all attempts, as text. */
  public String taskLog(String jobId, String taskId) throws IOException {
    String path =
        "/api/v1/jobs/"
            + Paging.id(jobId, "job id")
            + "/tasks/"
            + Paging.id(taskId, "task id")
            + "/log";
    return new String(
        exchange.send(exchange.request("GET", path).build()).body(), StandardCharsets.UTF_8);
  }

  /** Every output of the job, in the order they were written. */
  public List<Output> outputs(String jobId) throws IOException {
    return Paging.outputs(this::get, Paging.id(jobId, "job id"));
  }

  /** The files of the job's workspace. */
  public Manifest manifest(String jobId) throws IOException {
    return get("/api/v1/jobs/" + Paging.id(jobId, "job id") + "/manifest", Manifest.class);
  }

  /**
   * Applies a control to jobs, with one result per job in the order given: done, or refused and
   * why. More than {@link ActionRequest#MAX_JOBS} jobs go in several requests. Not retried once a
   * request may have reached the farm.
   *
   * @param priority the new priority with {@link Control#SET_PRIORITY}, otherwise null
   * @throws NotAllowedException if the key's role may not use the control (Set Priority needs an
   *     admin key); the farm's message says so
   */
  public ActionResult act(Control control, List<String> jobIds, @Nullable Integer priority)
      throws IOException {
    if (jobIds.isEmpty()) {
      throw new IllegalArgumentException("no jobs given for " + control.label() + ": name one");
    }
    List<JobActionResult> results = new ArrayList<>();
    for (int from = 0; from < jobIds.size(); from += ActionRequest.MAX_JOBS) {
      List<String> batch =
          jobIds.subList(from, Math.min(jobIds.size(), from + ActionRequest.MAX_JOBS));
      ActionRequest request = new ActionRequest(control, batch, priority);
      results.addAll(post("/api/v1/jobs/actions", request, ActionResult.class).results());
    }
    return new ActionResult(results);
  }

  /**
   * Applies a control to one job through the one-job form; not retried once it may have reached the
   * farm.
   *
   * @throws ControlRefusedException if the control does not apply to the job's status, with the
   *     status table's reason
   * @throws NotFoundException if the account has no such job
   */
  public JobActionResult act(Control control, String jobId, @Nullable Integer priority)
      throws IOException {
    String path = "/api/v1/jobs/" + Paging.id(jobId, "job id") + "/actions";
    return post(path, new JobAction(control, priority), JobActionResult.class);
  }

  /** Holds, then kills these jobs, so nothing of them runs again; one result per job. */
  public List<HoldAndKill> holdAndKill(List<String> jobIds) throws IOException {
    return Controls.holdAndKill(this, jobIds);
  }

  /**
   * Tells the farm every successful output of the job is on disk and verified; the job then shows
   * Downloaded.
   *
   * @throws RefusedException ({@code invalid_state}) if the job does not show Success
   */
  public Job markDownloaded(String jobId) throws IOException {
    var http =
        exchange
            .request("POST", "/api/v1/jobs/" + Paging.id(jobId, "job id") + "/downloaded")
            .build();
    return exchange.call(http, Job.class);
  }

  /**
   * The account's events after sequence number {@code after}, at most {@code limit} (0 to 1000; 0
   * answers only the latest sequence number).
   *
   * @throws FarmException ({@code events_expired}) if the farm no longer keeps those events
   */
  public EventPage events(long after, int limit) throws IOException {
    if (after < 0 || limit < 0 || limit > Paging.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "events after " + after + ", limit " + limit + ": use after ≥ 0 and limit 0 to 1000");
    }
    return get("/api/v1/events?after=" + after + "&limit=" + limit, EventPage.class);
  }

  @Override
  public List<UploadStatus> missing(List<FileRef> files) throws IOException {
    MissingFilesRequest request = new MissingFilesRequest(files);
    return post("/api/v1/files/missing", request, MissingFilesResponse.class).missing();
  }

  @Override
  public UploadStatus upload(String sha256, long size, long offset, InputStream part, long length)
      throws IOException {
    return Uploads.put(exchange, sha256, size, offset, part, length);
  }

  /**
   * How much of this content of {@code size} bytes the farm holds ({@code HEAD}): where to resume
   * its upload; {@code received} 0 when it holds none.
   */
  public UploadStatus uploadOffset(String sha256, long size) throws IOException {
    return Uploads.offset(exchange, sha256, size);
  }

  /**
   * Opens an output's bytes from offset {@code from} ({@code Range}, with {@code If-Range} on the
   * SHA-256, so a changed content comes back whole: check {@link OutputDownload#start()}). Never
   * compressed. Close the download.
   */
  public OutputDownload openOutput(String jobId, String sha256, long from) throws IOException {
    return Uploads.open(exchange, Paging.id(jobId, "job id"), sha256, from);
  }

  /** Closes this client; the pool closes with the last client sharing it. Idempotent. */
  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      try {
        http.close();
      } finally {
        pool.release();
      }
    }
  }

  <T> T get(String path, Class<T> type) throws IOException {
    return exchange.call(exchange.request("GET", path).build(), type);
  }

  private <T> T post(String path, Object body, Class<T> type) throws IOException {
    return exchange.call(
        exchange.request("POST", path).setEntity(Exchange.json(body)).build(), type);
  }

  @Override
  public String toString() {
    return "FarmClient[" + farm + ", key hidden]";
  }
}
