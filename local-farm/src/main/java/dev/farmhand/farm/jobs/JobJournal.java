package dev.farmhand.farm.jobs;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.notices.NoticePublisher;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.EventRepository;
import dev.farmhand.farm.store.JobRepository;
import dev.farmhand.farm.store.OutputRepository;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import dev.farmhand.farm.store.TaskRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every change of a job goes through here: the new state is saved with its events (each task whose
 * status changed, the job's newly derived status, each new output) in one transaction; then the
 * events are pushed and the listeners told. So what the farm serves, stores and pushes never
 * disagree. Thread-safe.
 */
public final class JobJournal {
  private static final Set<JobStatus> ACTIVE =
      Set.of(JobStatus.PENDING, JobStatus.SYNC_PENDING, JobStatus.RUNNING);

  private final Database database;
  private final JobRepository jobs = new JobRepository();
  private final TaskRepository tasks = new TaskRepository();
  private final EventRepository events = new EventRepository();
  private final OutputRepository outputs = new OutputRepository();
  private final NoticePublisher publisher;
  private final Clock clock;
  private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();

  /**
   * The jobs changed last, as saved: every change goes through here, so a cached job is what the
   * database holds, and a change to a job of thousands of tasks does not read them all again.
   * Guarded by the database's lock.
   */
  private final Map<String, Snapshot> recent =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
          return size() > 256;
        }
      };

  /** Pushes events one at a time, in the order they were committed, off the caller's thread. */
  private final ExecutorService pushes =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "farm-notices");
            thread.setDaemon(true);
            return thread;
          });

  public JobJournal(Database database, NoticePublisher publisher, Clock clock) {
    this.database = database;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** A change to one job, made in the journal's transaction. */
  @FunctionalInterface
  public interface Change {
    /**
     * The job as it is after the change; {@code current} itself when nothing changes.
     *
     * @param tx for writes besides the job and its tasks (outputs)
     */
    Snapshot apply(Tx tx, Snapshot current) throws SQLException;
  }

  /** What a change may do besides changing the job and its tasks. */
  public final class Tx {
    private final Connection connection;
    private final StoredJob job;
    private final List<Output> added = new ArrayList<>();

    private Tx(Connection connection, StoredJob job) {
      this.connection = connection;
      this.job = job;
    }

    /** The time the change is made at. */
    public Instant now() {
      return clock.instant();
    }

    /** The transaction's connection, for reads. */
    public Connection connection() {
      return connection;
    }

    /** The task that wrote the job's output at this path, or null. */
    public String outputOwner(String path) throws SQLException {
      return outputs.owner(connection, job.id(), path);
    }

    /** Records a new output of the job; an event announces it. */
    public void output(Output output) throws SQLException {
      outputs.add(connection, job.id(), output, clock.instant());
      added.add(output);
    }

    /** Forgets the outputs of these tasks, which are about to render again. */
    public void forgetOutputs(List<String> taskIds) throws SQLException {
      outputs.removeForTasks(connection, job.id(), taskIds);
    }
  }

  /** Calls {@code listener} with each job after it changed, outside the transaction. */
  public void listen(Consumer<Snapshot> listener) {
    listeners.add(listener);
  }

  /** The job and its tasks, now. */
  public Snapshot read(String jobId) {
    synchronized (database) {
      return database.transaction(c -> load(c, jobId));
    }
  }

  private Snapshot load(Connection c, String jobId) throws SQLException {
    Snapshot cached = recent.get(jobId);
    if (cached == null) {
      cached = new Snapshot(jobs.get(c, jobId), tasks.tasks(c, jobId));
      recent.put(jobId, cached);
    }
    return cached;
  }

  /** Stores a new job and announces it. */
  public Snapshot create(
      Snapshot job,
      List<dev.farmhand.core.protocol.Dependency> files,
      String idempotencyKey,
      String requestSha256) {
    List<Event> written = new ArrayList<>();
    Snapshot created;
    synchronized (database) {
      created =
          database.transaction(
              c -> {
                Snapshot derived =
                    job.withJob(job.job().with(job.job().flags(), job.derivedStatus()));
                jobs.insert(
                    c, derived.job(), derived.tasks(), files, idempotencyKey, requestSha256);
                written.add(
                    event(
                        c,
                        derived.job(),
                        EventType.JOB_CREATED,
                        derived.job().status(),
                        null,
                        null));
                return derived;
              });
      recent.put(created.job().id(), created);
      push(written);
    }
    tell(created);
    return created;
  }

  /** Applies a change to a job, saves it with its events, then pushes them. */
  public Snapshot change(String jobId, Change change) {
    List<Event> written = new ArrayList<>();
    Snapshot after;
    synchronized (database) {
      after =
          database.transaction(
              c -> {
                Snapshot before = load(c, jobId);
                Tx tx = new Tx(c, before.job());
                Snapshot changed = change.apply(tx, before);
                if (changed == before && tx.added.isEmpty()) {
                  return before;
                }
                return save(c, before, changed, tx.added, written);
              });
      recent.put(jobId, after);
      push(written);
    }
    if (!written.isEmpty()) {
      tell(after);
    }
    return after;
  }

  private Snapshot save(
      Connection c, Snapshot before, Snapshot changed, List<Output> added, List<Event> written)
      throws SQLException {
    Instant now = clock.instant();
    JobStatus status = changed.derivedStatus();
    StoredJob job = changed.job().with(changed.job().flags(), status);
    if (job.startedAt() == null && status == JobStatus.RUNNING) {
      job = job.withTimes(now, null);
    } else if (ACTIVE.contains(status) != ACTIVE.contains(before.job().status())) {
      job = job.withTimes(job.startedAt(), ACTIVE.contains(status) ? null : now);
    }
    if (!job.equals(before.job())) {
      jobs.update(c, job);
    }
    for (int i = 0; i < changed.tasks().size(); i++) {
      StoredTask was = before.tasks().get(i);
      StoredTask now2 = changed.tasks().get(i);
      if (now2 == was) {
        continue;
      }
      if (!now2.equals(was)) {
        tasks.update(c, now2);
      }
      if (now2.status() != was.status()) {
        written.add(event(c, job, EventType.TASK_STATUS, status, now2, null));
      }
    }
    for (Output output : added) {
      written.add(event(c, job, EventType.OUTPUT_ADDED, status, null, output));
    }
    if (status != before.job().status()) {
      written.add(event(c, job, EventType.JOB_STATUS, status, null, null));
    } else if (job.priority() != before.job().priority()
        || !job.flags().equals(before.job().flags())) {
      written.add(event(c, job, EventType.JOB_UPDATED, status, null, null));
    }
    return new Snapshot(job, changed.tasks());
  }

  private Event event(
      Connection c, StoredJob job, EventType type, JobStatus status, StoredTask task, Output output)
      throws SQLException {
    return events.append(
        c,
        job.account(),
        clock.instant(),
        type,
        job.id(),
        status,
        task == null ? (output == null ? null : output.taskId()) : task.id(),
        task == null ? null : task.status(),
        output);
  }

  /** Queues events for push; called in commit order, under the database's lock. */
  private void push(List<Event> written) {
    if (!written.isEmpty()) {
      List<Event> copy = List.copyOf(written);
      pushes.execute(() -> copy.forEach(publisher::publish));
    }
  }

  private void tell(Snapshot job) {
    for (Consumer<Snapshot> listener : listeners) {
      listener.accept(job);
    }
  }

  /** Pushes what is queued (waiting up to {@code seconds}), then stops pushing. */
  public void close(long seconds) throws InterruptedException {
    pushes.shutdown();
    pushes.awaitTermination(seconds, TimeUnit.SECONDS);
  }
}
