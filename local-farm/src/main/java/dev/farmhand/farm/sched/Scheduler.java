package dev.farmhand.farm.sched;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.Snapshot;
import dev.farmhand.farm.render.RenderTask;
import dev.farmhand.farm.render.Renderer;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.JobRepository;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks on N worker slots: the most urgent runnable task first (job priority, then the order
 * jobs came in, scouts first), each attempt a process tree that Kill ends. What an attempt comes to
 * (success with its outputs, failure, preemption, each with the job's retry policy) is written
 * through the {@link JobJournal}. Thread-safe.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  private final Database database;
  private final JobJournal journal;
  private final Function<String, Renderer> renderers;
  private final AttemptLauncher launcher;
  private final Preemption preemption;
  private final FarmPaths paths;
  private final Outcomes outcomes;
  private final int slots;
  private final Semaphore free;
  private final JobRepository jobs = new JobRepository();
  private final Map<String, Attempt> running = new ConcurrentHashMap<>();
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final Thread dispatcher;
  private final Object signal = new Object();
  private volatile boolean wakeUp;
  private volatile boolean stopping;

  public Scheduler(
      Database database,
      JobJournal journal,
      Function<String, Renderer> renderers,
      AttemptLauncher launcher,
      Preemption preemption,
      FarmPaths paths,
      int slots,
      Clock clock) {
    if (slots < 1) {
      throw new IllegalArgumentException("--workers " + slots + ": a farm needs 1 worker or more");
    }
    this.database = database;
    this.journal = journal;
    this.renderers = renderers;
    this.launcher = launcher;
    this.preemption = preemption;
    this.paths = paths;
    this.outcomes = new Outcomes(journal, paths, clock);
    this.slots = slots;
    this.free = new Semaphore(slots);
    this.workers = Executors.newFixedThreadPool(slots, daemon("farm-worker"));
    this.timers = Executors.newSingleThreadScheduledExecutor(daemon("farm-preemption"));
    this.dispatcher = new Thread(this::dispatch, "farm-scheduler");
    this.dispatcher.setDaemon(true);
    journal.listen(this::changed);
  }

  /** Runs again the attempts a stopped farm left running, then starts dispatching. */
  public void start() {
    for (StoredTask task : database.transaction(c -> jobs.tasksIn(c, Set.of(TaskStatus.RUNNING)))) {
      journal.change(
          task.jobId(),
          (tx, job) -> {
            int i = job.indexOf(task.id());
            return job.tasks().get(i).status() == TaskStatus.RUNNING
                ? job.withTask(i, t -> t.withStatus(TaskStatus.PENDING))
                : job;
          });
    }
    dispatcher.start();
  }

  /** How many worker slots the farm has. */
  public int slots() {
    return slots;
  }

  /** Looks for runnable tasks now. */
  public void wake() {
    synchronized (signal) {
      wakeUp = true;
      signal.notifyAll();
    }
  }

  private void changed(Snapshot job) {
    for (StoredTask task : job.tasks()) {
      Attempt attempt = running.get(task.id());
      if (attempt != null && task.status() != TaskStatus.RUNNING) {
        attempt.kill();
      }
    }
    wake();
  }

  private void dispatch() {
    while (!stopping) {
      try {
        synchronized (signal) {
          while (!wakeUp && !stopping) {
            signal.wait(1000);
            wakeUp = wakeUp || free.availablePermits() > 0;
          }
          wakeUp = false;
        }
        int available = free.availablePermits();
        if (available == 0 || stopping) {
          continue;
        }
        for (Map.Entry<String, String> next :
            database.transaction(c -> jobs.runnable(c, available))) {
          if (!free.tryAcquire()) {
            break;
          }
          if (!begin(next.getKey(), next.getValue())) {
            free.release();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "the scheduler failed a round; it tries again", e);
      }
    }
  }

  /** Marks the task running and hands it to a worker; false if it is no longer runnable. */
  private boolean begin(String jobId, String taskId) {
    String worker = "worker-" + (slots - free.availablePermits());
    Snapshot job =
        journal.change(
            jobId,
            (tx, current) -> {
              int i = current.indexOf(taskId);
              StoredTask task = current.tasks().get(i);
              boolean runnable =
                  task.status() == TaskStatus.PENDING
                      || (task.retriesLeft(current.job().retries())
                          && !current.job().flags().held());
              return runnable ? current.withTask(i, t -> t.started(worker, tx.now())) : current;
            });
    StoredTask task = job.tasks().get(job.indexOf(taskId));
    if (task.status() != TaskStatus.RUNNING || running.containsKey(taskId)) {
      return false;
    }
    workers.execute(() -> run(job.job(), task));
    return true;
  }

  private void run(StoredJob job, StoredTask task) {
    AtomicBoolean preempted = new AtomicBoolean();
    try {
      Renderer renderer = renderers.apply(job.renderer());
      RenderTask render =
          new RenderTask(
              paths.workspace(job.id()),
              RelativePath.of(job.scene()),
              task.frames(),
              Files.createDirectories(paths.attempt(job.id(), task.id(), task.attempts())),
              Outcomes.pattern(job));
      Files.createDirectories(paths.taskLog(job.id(), task.id()).getParent());
      Attempt attempt =
          launcher.start(
              renderer.command(render),
              render.workspace(),
              paths.taskLog(job.id(), task.id()),
              "attempt " + task.attempts() + " on " + task.worker() + " at " + task.startedAt());
      running.put(task.id(), attempt);
      if (job.preemptible()) {
        OptionalLong after = preemption.draw();
        if (after.isPresent()) {
          timers.schedule(
              () -> {
                preempted.set(true);
                attempt.kill();
              },
              after.getAsLong(),
              TimeUnit.MILLISECONDS);
        }
      }
      int exit = attempt.await();
      running.remove(task.id());
      if (!stopping) {
        outcomes.record(job, task, render, exit, preempted.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      running.remove(task.id());
      if (!stopping) {
        LOG.log(Level.WARNING, "task " + task.id() + " could not run", e);
        outcomes.couldNotRun(job, task, e);
      }
    } finally {
      free.release();
      wake();
    }
  }

  @Override
  public void close() {
    stopping = true;
    wake();
    running.values().forEach(Attempt::kill);
    workers.shutdownNow();
    timers.shutdownNow();
    try {
      dispatcher.join(5000);
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
