package dev.farmhand.farm.sched;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.status.SyncState;
import dev.farmhand.farm.files.ContentStore;
import dev.farmhand.farm.files.JobWorkspace;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.Snapshot;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.JobRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lays each Sync Pending job's files out in its workspace (the shared disk) and verifies them:
 * after submit, after Retry Sync, and at start-up for jobs a stopped farm left half-copied. A job
 * whose files cannot be laid out gets Failed, with the reason in its sync log. Thread-safe.
 */
public final class WorkspaceSync implements AutoCloseable {
  private final Database database;
  private final JobJournal journal;
  private final ContentStore store;
  private final FarmPaths paths;
  private final Clock clock;
  private final JobRepository jobs = new JobRepository();
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ExecutorService copier =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "farm-sync");
            thread.setDaemon(true);
            return thread;
          });

  public WorkspaceSync(
      Database database, JobJournal journal, ContentStore store, FarmPaths paths, Clock clock) {
    this.database = database;
    this.journal = journal;
    this.store = store;
    this.paths = paths;
    this.clock = clock;
    journal.listen(this::changed);
  }

  /** Picks up the jobs a stopped farm left Sync Pending. */
  public void start() {
    for (String jobId : database.transaction(jobs::syncing)) {
      queue(jobId);
    }
  }

  private void changed(Snapshot job) {
    if (job.job().flags().sync() == SyncState.SYNCING) {
      queue(job.job().id());
    }
  }

  private void queue(String jobId) {
    if (queued.add(jobId)) {
      copier.execute(() -> sync(jobId));
    }
  }

  private void sync(String jobId) {
    try {
      layOut(jobId);
    } catch (RuntimeException e) {
      log(jobId, "failed: " + e.getMessage());
    } finally {
      queued.remove(jobId);
    }
  }

  private void layOut(String jobId) {
    List<Dependency> files = database.transaction(c -> jobs.files(c, jobId));
    Map<RelativePath, String> manifest = new LinkedHashMap<>();
    for (Dependency file : files) {
      manifest.put(RelativePath.of(file.path()), file.sha256());
    }
    SyncState result;
    String note;
    try {
      JobWorkspace workspace = new JobWorkspace(paths.workspace(jobId), store);
      workspace.layOut(manifest);
      Map<RelativePath, String> faults = workspace.verify(manifest);
      result = faults.isEmpty() ? SyncState.SYNCED : SyncState.FAILED;
      note = faults.isEmpty() ? files.size() + " files laid out and verified" : "faults: " + faults;
    } catch (IOException | RuntimeException e) {
      result = SyncState.FAILED;
      note = "failed: " + e.getMessage();
    }
    log(jobId, note);
    SyncState outcome = result;
    journal.change(
        jobId,
        (tx, current) ->
            current.job().flags().sync() == SyncState.SYNCING
                ? current.withJob(
                    current
                        .job()
                        .with(current.job().flags().withSync(outcome), current.job().status()))
                : current);
  }

  private void log(String jobId, String note) {
    try {
      Files.createDirectories(paths.syncLog(jobId).getParent());
      Files.writeString(
          paths.syncLog(jobId),
          clock.instant() + " " + note + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The sync log is for people; the job's status already tells the outcome.
    }
  }

  @Override
  public void close() {
    copier.shutdownNow();
    try {
      copier.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
