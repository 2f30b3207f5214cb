package dev.farmhand.farm.sched;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.status.SyncState;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.Snapshot;
import dev.farmhand.farm.render.RenderTask;
import dev.farmhand.farm.render.Renderer;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import dev.farmhand.farm.store.TaskRepository;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks on N worker slots: the most urgent runnable task first (job priority, then the order
 * jobs came in, scouts first), each attempt a process tree that Kill ends, even one not started
 * yet. What an attempt comes to is written by {@link Outcomes}. Thread-safe.
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
  private final TaskRepository tasks = new TaskRepository();
  private final Map<String, RunningAttempt> running = new ConcurrentHashMap<>();
  private final BlockingQueue<String> idleWorkers = new LinkedBlockingQueue<>();
  private final ExecutorService workers;
  private final ExecutorService killer;
  private final ScheduledExecutorService timers;
  private final Thread dispatcher;
  private final Object signal = new Object();
  private boolean wakeUp;
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
    for (int i = 1; i <= slots; i++) {
      idleWorkers.add("worker-" + i);
    }
    this.workers = Executors.newFixedThreadPool(slots, daemon("farm-worker"));
    this.killer = Executors.newSingleThreadExecutor(daemon("farm-kill"));
    this.timers = Executors.newSingleThreadScheduledExecutor(daemon("farm-preemption"));
    this.dispatcher = new Thread(this::dispatch, "farm-scheduler");
    this.dispatcher.setDaemon(true);
    journal.listen(this::changed);
  }

  /** Runs again the attempts a stopped farm left running, then starts dispatching. */
  public void start() {
    for (StoredTask task :
        database.transaction(c -> tasks.tasksIn(c, Set.of(TaskStatus.RUNNING)))) {
      journal.change(
          task.jobId(),
          (tx, job) -> {
            int i = job.indexOf(task.id());
            TaskStatus again = job.job().flags().held() ? TaskStatus.HOLDING : TaskStatus.PENDING;
            return job.tasks().get(i).status() == TaskStatus.RUNNING
                ? job.withTask(i, t -> t.withStatus(again))
                : job;
          });
    }
    dispatcher.start();
  }

  /** Looks for runnable tasks now. */
  public void wake() {
    synchronized (signal) {
      wakeUp = true;
      signal.notifyAll();
    }
  }

  /** Ends the attempts a control took the task away from (Kill, or a status it cannot run in). */
  private void changed(Snapshot job) {
    for (RunningAttempt attempt : running.values()) {
      if (attempt.jobId.equals(job.job().id())) {
        StoredTask task = job.tasks().get(attempt.index);
        if (task.attempts() == attempt.attempt && task.status() != TaskStatus.RUNNING) {
          killer.execute(attempt::kill);
        }
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
            wakeUp = wakeUp || !idleWorkers.isEmpty();
          }
          wakeUp = false;
        }
        int available = idleWorkers.size();
        if (available == 0 || stopping) {
          continue;
        }
        for (Map.Entry<String, String> next :
            database.transaction(c -> tasks.runnable(c, available))) {
          String worker = idleWorkers.poll();
          if (worker == null) {
            break;
          }
          if (!begin(next.getKey(), next.getValue(), worker)) {
            idleWorkers.add(worker);
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
  private boolean begin(String jobId, String taskId, String worker) {
    RunningAttempt[] started = new RunningAttempt[1];
    Snapshot job;
    try {
      job =
          journal.change(
              jobId,
              (tx, current) -> {
                int i = current.indexOf(taskId);
                StoredTask task = current.tasks().get(i);
                if (!runnable(current, task)) {
                  return current;
                }
                StoredTask next = task.started(worker, tx.now());
                started[0] = new RunningAttempt(jobId, taskId, i, next.attempts(), worker);
                running.put(taskId, started[0]);
                return current.withTask(i, t -> next);
              });
    } catch (RuntimeException e) {
      if (started[0] != null) {
        running.remove(taskId, started[0]);
      }
      throw e;
    }
    RunningAttempt attempt = started[0];
    if (attempt == null) {
      return false;
    }
    OptionalLong preemptAfter = job.job().preemptible() ? preemption.draw() : OptionalLong.empty();
    StoredTask task = job.tasks().get(attempt.index);
    workers.execute(() -> run(job.job(), task, attempt, preemptAfter));
    return true;
  }

  private boolean runnable(Snapshot job, StoredTask task) {
    var flags = job.job().flags();
    boolean jobMayRun =
        flags.sync() == SyncState.SYNCED
            && !flags.completed()
            && !flags.reviewed()
            && !flags.downloaded();
    boolean taskMayRun =
        task.status() == TaskStatus.PENDING
            || (task.retriesLeft(job.job().retries()) && !flags.held());
    return jobMayRun && taskMayRun && !running.containsKey(task.id());
  }

  private void run(
      StoredJob job, StoredTask task, RunningAttempt attempt, OptionalLong preemptAfter) {
    try {
      Renderer renderer = renderers.apply(job.renderer());
      RenderTask render =
          new RenderTask(
              paths.workspace(job.id()),
              RelativePath.of(job.scene()),
              task.frames(),
              Files.createDirectories(paths.attempt(job.id(), task.id(), task.attempts())),
              Outcomes.pattern(job));
      Attempt process =
          launcher.start(
              renderer.command(render),
              render.workspace(),
              paths.taskLog(job.id(), task.id()),
              "attempt " + task.attempts() + " on " + task.worker() + " at " + task.startedAt());
      attempt.started(process);
      ScheduledFuture<?> timer =
          preemptAfter.isPresent()
              ? timers.schedule(attempt::preempt, preemptAfter.getAsLong(), TimeUnit.MILLISECONDS)
              : null;
      int exit = process.await();
      if (timer != null) {
        timer.cancel(false);
      }
      if (!stopping) {
        outcomes.record(job, task, render, exit, attempt.preempted() && exit != 0);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      if (!stopping) {
        LOG.log(Level.WARNING, "task " + task.id() + " could not run", e);
        outcomes.couldNotRun(job, task, e);
      }
    } finally {
      running.remove(task.id(), attempt);
      idleWorkers.add(attempt.worker);
      wake();
    }
  }

  @Override
  public void close() {
    stopping = true;
    wake();
    running.values().forEach(RunningAttempt::kill);
    workers.shutdownNow();
    killer.shutdownNow();
    timers.shutdownNow();
    try {
      dispatcher.join(5000);
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread thread = new Thread(r, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
