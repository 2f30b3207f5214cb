package dev.farmhand.farm;

import dev.farmhand.farm.api.FarmApi;
import dev.farmhand.farm.auth.Credentials;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.files.ContentStore;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobControls;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.JobSubmissions;
import dev.farmhand.farm.notices.EmbeddedBroker;
import dev.farmhand.farm.notices.EmbeddedPublisher;
import dev.farmhand.farm.notices.ExternalPublisher;
import dev.farmhand.farm.notices.NoticePublisher;
import dev.farmhand.farm.render.RendererRegistry;
import dev.farmhand.farm.render.RendererUnavailableException;
import dev.farmhand.farm.render.SearchPath;
import dev.farmhand.farm.render.TaskProcess;
import dev.farmhand.farm.sched.Attempt;
import dev.farmhand.farm.sched.Preemption;
import dev.farmhand.farm.sched.Scheduler;
import dev.farmhand.farm.sched.WorkspaceSync;
import dev.farmhand.farm.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The local farm: a real render service on one machine, started and stopped with one call. Its REST
 * API and MQTT broker listen on loopback (unless told otherwise) on free ports; its state lives in
 * its data folder and survives a restart, even after kill -9. Thread-safe.
 */
public final class LocalFarm implements AutoCloseable {
  private final FarmConfig config;
  private final String url;
  private final String mqttUrl;
  private final Credentials credentials;
  private final Deque<AutoCloseable> parts;

  private LocalFarm(
      FarmConfig config,
      String url,
      String mqttUrl,
      Credentials credentials,
      Deque<AutoCloseable> parts) {
    this.config = config;
    this.url = url;
    this.mqttUrl = mqttUrl;
    this.credentials = credentials;
    this.parts = parts;
  }

  /**
   * Starts a farm as configured, picking up what a farm in the same data folder left.
   *
   * @throws IOException if the data folder, the database or a port cannot be had
   */
  public static LocalFarm start(FarmConfig config) throws IOException {
    Deque<AutoCloseable> parts = new ArrayDeque<>();
    try {
      Clock clock = Clock.systemUTC();
      FarmPaths paths = new FarmPaths(config.data().toAbsolutePath());
      Database database = Database.open(paths.database());
      parts.push(database);
      KeyRing keys = new KeyRing();
      Accounts accounts = new Accounts(database, keys, paths.root().resolve("credentials.json"));
      accounts.load();

      EmbeddedBroker broker = null;
      NoticePublisher publisher;
      String mqttUrl;
      if (config.mqttUrl() == null) {
        broker =
            EmbeddedBroker.builder(keys)
                .host(config.host())
                .port(config.mqttPort())
                .dataFolder(paths.root().resolve("broker"))
                .start();
        parts.push(broker);
        publisher = new EmbeddedPublisher(broker);
        mqttUrl = broker.url();
      } else {
        publisher = ExternalPublisher.builder(config.mqttUrl()).start();
        mqttUrl = config.mqttUrl();
      }
      parts.push(publisher);

      ContentStore store = new ContentStore(paths.store());
      JobJournal journal = new JobJournal(database, publisher, clock);
      parts.push(() -> journal.close(5));
      RendererRegistry renderers =
          RendererRegistry.standard(SearchPath.ofEnvironment(), config.sweetHome3d());
      JobSubmissions submissions =
          new JobSubmissions(database, journal, store, name -> unavailable(renderers, name), clock);
      JobControls controls = new JobControls(database, journal);
      WorkspaceSync sync = new WorkspaceSync(database, journal, store, paths, clock);
      parts.push(sync);
      Scheduler scheduler =
          new Scheduler(
              database,
              journal,
              name -> renderers.find(name).orElseThrow(),
              (command, dir, log, header) ->
                  attempt(TaskProcess.start(command, dir, log, header, TaskProcess.DEFAULT_GRACE)),
              new Preemption(config.preemptRate(), config.seed()),
              paths,
              config.workers(),
              clock);
      parts.push(scheduler);
      sync.start();
      scheduler.start();

      FarmApi api =
          FarmApi.start(
              new FarmApi.Parts(
                  database, keys, store, paths, journal, submissions, controls, mqttUrl, clock),
              config.host(),
              config.port());
      parts.push(api);
      String url = "http://" + hostForUrl(config.host()) + ":" + api.port();
      Credentials credentials = accounts.publish(url, mqttUrl);
      return new LocalFarm(config, url, mqttUrl, credentials, parts);
    } catch (IOException | RuntimeException e) {
      closeAll(parts);
      throw e;
    }
  }

  private static Optional<String> unavailable(RendererRegistry renderers, String name) {
    try {
      renderers.require(name);
      return Optional.empty();
    } catch (RendererUnavailableException e) {
      return Optional.of(e.reason());
    }
  }

  private static Attempt attempt(TaskProcess process) {
    return new Attempt() {
      @Override
      public int await() throws InterruptedException {
        return process.waitFor();
      }

      @Override
      public void kill() {
        process.kill();
      }
    };
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** The REST API's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  /** The MQTT broker's URL, e.g. {@code tcp://127.0.0.1:41235}. */
  public String mqttUrl() {
    return mqttUrl;
  }

  /** The accounts and their keys, as written to {@code credentials.json}. */
  public Credentials credentials() {
    return credentials;
  }

  /** The data folder. */
  public Path data() {
    return config.data();
  }

  /** Stops the API, the workers (their tasks run again at the next start), the broker. */
  @Override
  public void close() {
    closeAll(parts);
  }

  private static void closeAll(Deque<AutoCloseable> parts) {
    while (!parts.isEmpty()) {
      try {
        parts.pop().close();
      } catch (Exception e) {
        // Stopping goes on: each part is stopped whatever the others did.
      }
    }
  }
}
