package dev.farmhand.core.autodownload;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.NotFoundException;
import dev.farmhand.core.client.RefusedException;
import dev.farmhand.core.download.DownloadCancelledException;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.download.DownloaderBuilder;
import dev.farmhand.core.download.FileOutcome;
import dev.farmhand.core.download.JobFolder;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.sync.Cancellation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings each output home the moment its task succeeds. It follows the account's notices (a
 * persistent MQTT session and a sequence file, so a restart misses nothing) and on every start
 * first catches up: every job not yet Downloaded (or the jobs named), and every output its ledger
 * still owes. Each output is written to the ledger as wanted before it is fetched and as done once
 * verified on disk, so a kill at any moment loses nothing: the next start resumes the part files
 * left. A file that fails is tried again after a wait, three times, then reported and left for the
 * next start. When every successful output of a job that shows Success is on disk and verified, it
 * tells the farm, and the job shows Downloaded everywhere.
 *
 * <p>A different file where an output goes is kept, unless the ledger says this auto-downloader put
 * it there and it is unchanged (a frame rendered again replaces the one before). One download
 * folder has one auto-downloader: a second is refused with {@link FolderInUseException}.
 *
 * <p>Threads: events and fetch results are handled one at a time on a coordinating thread, which
 * owns the state and calls the {@link ActivityListener}; files are fetched on a pool. Thread-safe.
 */
public final class AutoDownloader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AutoDownloader.class);
  private static final int RETRIES = 3;
  private static final int[] RETRY_FACTORS = {1, 6, 24};

  private final FarmClient client;
  private final Downloader downloader;
  private final OutputFilter filter;
  private final ActivityListener listener;
  private final Duration firstRetry;
  private final boolean once;
  private final Path folder;
  private final Path stateDir;
  private final String scope;
  private final FolderLock lock;
  private final Ledger ledger;
  private final ScheduledExecutorService coordinator;
  private final ExecutorService fetchers;
  private final Cancellation cancellation = new Cancellation();
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final Map<String, JobFolder> folders = new ConcurrentHashMap<>();

  // Owned by the coordinating thread.
  private final Map<Ledger.Key, Output> inFlight = new HashMap<>();
  private final Map<Ledger.Key, Output> newer = new HashMap<>();
  private final Map<Ledger.Key, Integer> failures = new HashMap<>();
  private final Map<String, JobStatus> statuses = new HashMap<>();

  /** Files the ledger calls done whose hash was checked after a stop that was not clean. */
  private final Set<Ledger.Key> rehashed = new HashSet<>();

  /** Jobs marked Downloaded since their last new output: not to be marked again. */
  private final Set<String> marked = new HashSet<>();

  private final AtomicInteger busy = new AtomicInteger();

  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong alreadyThere = new AtomicLong();
  private final AtomicLong conflicts = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong jobsMarked = new AtomicLong();
  private volatile @Nullable NoticeSubscriber notices;
  private volatile boolean closed;

  private AutoDownloader(AutoDownloaderBuilder settings, boolean once) throws IOException {
    this.client = settings.client;
    this.filter = new OutputFilter(settings.jobs, settings.pattern);
    this.listener = settings.listener;
    this.firstRetry = settings.firstRetry;
    this.once = once;
    this.folder = settings.folder();
    DownloaderBuilder builder =
        Downloader.builder(client)
            .threads(settings.threads)
            .downloadRoot(settings.downloadRoot)
            .rateLimit(settings.limit)
            .usableSpace(settings.space);
    if (settings.into != null) {
      builder.into(settings.into);
    }
    this.downloader = builder.build();
    this.stateDir = folder.resolve(".farmhand");
    String account = client.me().account();
    this.scope =
        Sha256.of((client.farm() + "\n" + account).getBytes(StandardCharsets.UTF_8))
            .substring(0, 12);
    this.lock = FolderLock.take(folder, stateDir);
    Ledger opened = null;
    try {
      opened = Ledger.open(stateDir.resolve("autodownload-" + scope + ".ledger"));
    } finally {
      if (opened == null) {
        lock.close();
      }
    }
    this.ledger = opened;
    this.coordinator =
        Executors.newSingleThreadScheduledExecutor(daemon("autodownload-coordinator"));
    this.fetchers = Executors.newFixedThreadPool(settings.threads, daemon("autodownload-fetch"));
  }

  /** A builder for an auto-downloader of the account of this client's key. */
  public static AutoDownloaderBuilder builder(FarmClient client, String key) {
    return new AutoDownloaderBuilder(client, key);
  }

  static AutoDownloader start(AutoDownloaderBuilder settings) throws IOException {
    checkJobs(settings);
    AutoDownloader auto = new AutoDownloader(settings, false);
    try {
      // Subscribe first: the catch-up then covers everything before the subscriber's start.
      String name =
          "autodl-"
              + Sha256.of((auto.scope + auto.folder).getBytes(StandardCharsets.UTF_8))
                  .substring(0, 16);
      auto.notices =
          NoticeSubscriber.builder(settings.client, settings.key)
              .name(name)
              .persistentSession(true)
              .seqFile(auto.stateDir.resolve("autodownload-" + auto.scope + ".seq"))
              .start(auto::handle);
      auto.post(auto::catchUp);
      return auto;
    } catch (IOException | RuntimeException e) {
      auto.close();
      throw e;
    }
  }

  static Summary runOnce(AutoDownloaderBuilder settings) throws IOException {
    checkJobs(settings);
    try (AutoDownloader auto = new AutoDownloader(settings, true)) {
      auto.post(auto::catchUp);
      try {
        auto.awaitIdle(Duration.ofDays(365));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownloadCancelledException();
      }
      return auto.summary();
    }
  }

  /** Fails at once, with the farm's message, when a job named is not the account's. */
  private static void checkJobs(AutoDownloaderBuilder settings) throws IOException {
    for (String id : settings.jobs) {
      settings.client.job(id);
    }
  }

  /** The download folder it holds. */
  public Path folder() {
    return folder;
  }

  /** What it has done so far. */
  public Summary summary() {
    return new Summary(
        fetched.get(),
        alreadyThere.get(),
        conflicts.get(),
        refused.get(),
        failed.get(),
        jobsMarked.get(),
        downloader.bytesReceived());
  }

  /** The notices it follows; empty for a one-off catch-up. */
  public @Nullable NoticeSubscriber.Stats noticeStats() {
    NoticeSubscriber subscriber = notices;
    return subscriber == null ? null : subscriber.stats();
  }

  /**
   * Waits until nothing is being fetched or handled (retries waiting for their time do not count).
   *
   * @return false if the time ran out first
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Future<Boolean> idle;
      try {
        idle = coordinator.submit(() -> inFlight.isEmpty() && busy.get() == 0);
      } catch (RejectedExecutionException e) {
        return true;
      }
      try {
        if (idle.get() && busy.get() == 0) {
          return true;
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
  }

  // ---- On the MQTT dispatcher thread.

  /**
   * Hands the event to the coordinator and waits until it is handled (its wanted outputs written to
   * the ledger), so the sequence file never moves past an event not yet recorded.
   */
  private void handle(Event event) {
    if (closed) {
      return;
    }
    try {
      coordinator.submit(() -> onEvent(event)).get();
    } catch (RejectedExecutionException e) {
      // Closing: the next start catches up.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      LOG.warn("the auto-downloader failed on event {}", event.seq(), e.getCause());
    }
  }

  // ---- On the coordinating thread.

  private void onEvent(Event event) {
    String jobId = event.jobId();
    if (jobId == null || !filter.job(jobId)) {
      return;
    }
    if (event.jobStatus() != null) {
      statuses.put(jobId, event.jobStatus());
      if (event.jobStatus() == JobStatus.RUNNING || event.jobStatus() == JobStatus.PENDING) {
        marked.remove(jobId);
      }
    }
    if (event.type() == EventType.OUTPUT_ADDED && event.output() != null) {
      // A new output (a frame rendered again, even to the same bytes) makes the job owed anew.
      marked.remove(jobId);
      consider(jobId, event.output());
    } else if (event.type() == EventType.JOB_STATUS && event.jobStatus() == JobStatus.SUCCESS) {
      checkComplete(jobId);
    }
  }

  /** Every job not yet Downloaded (or the jobs named), and every output the ledger still owes. */
  private void catchUp() {
    List<Job> found = new ArrayList<>();
    try {
      Map<String, Job> byId = new LinkedHashMap<>();
      if (filter.jobs().isEmpty()) {
        for (Job job : client.allJobs(EnumSet.complementOf(EnumSet.of(JobStatus.DOWNLOADED)))) {
          byId.put(job.id(), job);
        }
      } else {
        for (String id : filter.jobs()) {
          byId.put(id, client.job(id));
        }
      }
      for (Map.Entry<Ledger.Key, Ledger.Entry> owed : ledger.entries().entrySet()) {
        String id = owed.getKey().jobId();
        if (!owed.getValue().is(LedgerLine.DONE) && filter.job(id) && !byId.containsKey(id)) {
          try {
            byId.put(id, client.job(id));
          } catch (NotFoundException e) {
            LOG.info("job {} in the ledger is gone from the farm; its files are not fetched", id);
          }
        }
      }
      found.addAll(byId.values());
      int queued = 0;
      for (Job job : found) {
        jobs.put(job.id(), job);
        statuses.put(job.id(), job.status());
        for (Output output : client.outputs(job.id())) {
          queued += consider(job.id(), output) ? 1 : 0;
        }
      }
      for (Job job : found) {
        if (job.status() == JobStatus.SUCCESS) {
          checkComplete(job.id());
        }
      }
      tell(new Activity.CaughtUp("", found.size(), queued));
    } catch (IOException e) {
      if (!closed) {
        LOG.warn("the auto-downloader could not catch up with the farm: {}", e.getMessage());
        if (!once) {
          later(this::catchUp, firstRetry);
        }
      }
    }
  }

  /**
   * Fetches the output unless it is on disk already or being fetched.
   *
   * @return whether it was queued
   */
  private boolean consider(String jobId, Output output) {
    if (!filter.path(output.path()) || closed) {
      return false;
    }
    Ledger.Key key = new Ledger.Key(jobId, output.path());
    Output current = inFlight.get(key);
    if (current != null) {
      if (!current.sha256().equals(output.sha256())) {
        newer.put(key, output);
      }
      return false;
    }
    Ledger.Entry entry = ledger.get(key);
    if (entry != null
        && entry.is(LedgerLine.DONE)
        && entry.sha256().equals(output.sha256())
        && stillThere(key, entry)) {
      return false;
    }
    try {
      if (entry == null || !entry.is(LedgerLine.WANT) || !entry.sha256().equals(output.sha256())) {
        ledger.want(jobId, output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger " + ledger, e);
    }
    inFlight.put(key, output);
    busy.incrementAndGet();
    try {
      fetchers.execute(() -> fetch(jobId, output));
    } catch (RejectedExecutionException e) {
      inFlight.remove(key);
      busy.decrementAndGet();
      return false;
    }
    return true;
  }

  /**
   * Whether a file the ledger says is done is still there: at its length, and, after a stop that
   * was not clean (when what was written may not have reached the disk), with its SHA-256, checked
   * once.
   */
  private boolean stillThere(Ledger.Key key, Ledger.Entry entry) {
    try {
      Path target = Path.of(entry.target());
      if (!Files.isRegularFile(target) || Files.size(target) != entry.size()) {
        return false;
      }
      if (ledger.cleanlyClosed() || rehashed.contains(key)) {
        return true;
      }
      boolean same = entry.sha256().equals(Sha256.of(target));
      if (same) {
        rehashed.add(key);
      }
      return same;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void fetched(String jobId, Output output, FileOutcome outcome, Instant at) {
    Ledger.Key key = new Ledger.Key(jobId, output.path());
    inFlight.remove(key);
    failures.remove(key);
    try {
      switch (outcome.kind()) {
        case FETCHED, ALREADY_THERE -> {
          ledger.done(jobId, output, outcome.target());
          rehashed.add(key);
          (outcome.kind() == FileOutcome.Kind.FETCHED ? fetched : alreadyThere).incrementAndGet();
          tell(
              new Activity.FileVerified(
                  jobId,
                  output.path(),
                  outcome.target(),
                  output.size(),
                  outcome.kind() == FileOutcome.Kind.FETCHED,
                  outcome.resumedFrom(),
                  at));
        }
        case CONFLICT -> {
          conflicts.incrementAndGet();
          tell(new Activity.FileConflict(jobId, output.path(), outcome.target()));
        }
        case REFUSED -> {
          ledger.failed(jobId, output, outcome.detail());
          refused.incrementAndGet();
          tell(new Activity.FileRefused(jobId, output.path(), outcome.detail()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger " + ledger, e);
    }
    afterFile(jobId, key);
  }

  private void failedFetch(String jobId, Output output, Exception cause) {
    Ledger.Key key = new Ledger.Key(jobId, output.path());
    inFlight.remove(key);
    if (closed) {
      return;
    }
    String message = String.valueOf(cause.getMessage());
    String reason = message.contains(output.path()) ? message : output.path() + ": " + message;
    int tries = failures.merge(key, 1, Integer::sum);
    Instant retryAt = null;
    if (!once && tries <= RETRIES) {
      Duration wait = firstRetry.multipliedBy(RETRY_FACTORS[tries - 1]);
      retryAt = Instant.now().plus(wait);
      later(() -> consider(jobId, newer.getOrDefault(key, output)), wait);
    } else {
      failures.remove(key);
      failed.incrementAndGet();
      try {
        ledger.failed(jobId, output, reason);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the ledger " + ledger, e);
      }
    }
    tell(new Activity.FileFailed(jobId, output.path(), reason, retryAt));
    if (retryAt == null) {
      afterFile(jobId, key);
    }
  }

  private void afterFile(String jobId, Ledger.Key key) {
    Output next = newer.remove(key);
    if (next != null) {
      consider(jobId, next);
    }
    if (statuses.get(jobId) == JobStatus.SUCCESS) {
      checkComplete(jobId);
    }
  }

  /**
   * Marks the job Downloaded when it shows Success, nothing of it is being fetched, and each of its
   * successful outputs is on disk and verified.
   */
  private void checkComplete(String jobId) {
    // An event written before the mark still says Success: the mark, not the status, decides.
    if (closed || statuses.get(jobId) != JobStatus.SUCCESS || marked.contains(jobId)) {
      return;
    }
    for (Ledger.Key key : inFlight.keySet()) {
      if (key.jobId().equals(jobId)) {
        return;
      }
    }
    try {
      List<Output> outputs = client.outputs(jobId);
      for (Output output : outputs) {
        Ledger.Key key = new Ledger.Key(jobId, output.path());
        Ledger.Entry entry = ledger.get(key);
        if (!filter.path(output.path())
            || entry == null
            || !entry.is(LedgerLine.DONE)
            || !entry.sha256().equals(output.sha256())
            || !stillThere(key, entry)) {
          return;
        }
      }
      Job job = client.markDownloaded(jobId);
      statuses.put(jobId, job.status());
      marked.add(jobId);
      ledger.marked(jobId);
      jobsMarked.incrementAndGet();
      JobFolder where = folders.get(jobId);
      tell(
          new Activity.JobDownloaded(jobId, where == null ? folder : where.path(), outputs.size()));
    } catch (RefusedException e) {
      LOG.debug("job {} was not marked Downloaded: {}", jobId, e.getMessage());
    } catch (IOException e) {
      LOG.warn("job {} could not be marked Downloaded yet: {}", jobId, e.getMessage());
    }
  }

  private void tell(Activity activity) {
    try {
      listener.on(activity);
    } catch (RuntimeException e) {
      LOG.warn("an auto-download listener failed on {}; going on", activity, e);
    }
  }

  // ---- On a fetching thread.

  private void fetch(String jobId, Output output) {
    try {
      JobFolder where = folderOf(jobId);
      Ledger.Key key = new Ledger.Key(jobId, output.path());
      FileOutcome outcome =
          downloader.fetch(jobId, where, output, target -> ours(key, target), cancellation);
      Instant at = Instant.now();
      post(() -> fetched(jobId, output, outcome, at));
    } catch (DownloadCancelledException e) {
      post(() -> inFlight.remove(new Ledger.Key(jobId, output.path())));
    } catch (IOException | RuntimeException e) {
      post(() -> failedFetch(jobId, output, e));
    } finally {
      busy.decrementAndGet();
    }
  }

  private JobFolder folderOf(String jobId) throws IOException {
    JobFolder where = folders.get(jobId);
    if (where == null) {
      Job job = jobs.get(jobId);
      if (job == null) {
        job = client.job(jobId);
        jobs.put(jobId, job);
      }
      where = downloader.folderFor(job);
      folders.put(jobId, where);
    }
    return where;
  }

  /** Whether the file at the target is one this auto-downloader put there, unchanged since. */
  private boolean ours(Ledger.Key key, Path target) {
    Ledger.Entry entry = ledger.get(key);
    if (entry == null || entry.target() == null || !entry.target().equals(target.toString())) {
      return false;
    }
    try {
      return entry.sha256().equals(Sha256.of(target));
    } catch (IOException e) {
      return false;
    }
  }

  // ---- Anywhere.

  private void post(Runnable task) {
    busy.incrementAndGet();
    try {
      coordinator.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.error("the auto-downloader failed; going on", e);
            } finally {
              busy.decrementAndGet();
            }
          });
    } catch (RejectedExecutionException e) {
      busy.decrementAndGet();
    }
  }

  /** Runs the task on the coordinating thread after a wait, as {@link #post} does. */
  private void later(Runnable task, Duration wait) {
    try {
      coordinator.schedule(() -> post(task), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Closed.
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Stops: no new events, fetches cancelled (their part files kept for the next start), the ledger
   * closed and the folder's lock let go. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    cancellation.cancel();
    NoticeSubscriber subscriber = notices;
    if (subscriber != null) {
      subscriber.close();
    }
    fetchers.shutdownNow();
    coordinator.shutdown();
    try {
      fetchers.awaitTermination(5, TimeUnit.SECONDS);
      coordinator.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    coordinator.shutdownNow();
    try {
      ledger.close();
    } catch (IOException e) {
      LOG.warn("cannot close the ledger {}: {}", ledger, e.getMessage());
    }
    try {
      lock.close();
    } catch (IOException e) {
      LOG.warn("cannot let go of the lock in {}: {}", stateDir, e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "AutoDownloader[" + folder + "]";
  }
}
