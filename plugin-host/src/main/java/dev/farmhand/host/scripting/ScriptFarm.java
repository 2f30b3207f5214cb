package dev.farmhand.host.scripting;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.client.HoldAndKill;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Me;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.host.submit.JobOverrides;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One farm as the {@code farmhand} Python module sees it: the client core behind methods that take
 * and return plain values (strings, numbers, maps and lists shaped like the protocol's JSON), so
 * the Python side stays a thin layer. Made by {@link ScriptSession#connect}.
 *
 * <p>Failures are the client core's exceptions, unchanged ({@link
 * dev.farmhand.core.client.NotFoundException}, {@link
 * dev.farmhand.core.client.ControlRefusedException}…); the Python module turns them into Python
 * exceptions with the same message. Thread-safe; {@link #close()} stops its event feeds and closes
 * the client.
 */
public final class ScriptFarm implements AutoCloseable {
  /** "No limit" for a wait: ten years, which still fits {@link System#nanoTime()} arithmetic. */
  private static final Duration NO_LIMIT = Duration.ofDays(3650);

  private final FarmSettings settings;
  private final FarmClient client;
  private final Me me;
  private final SceneJobs scenes;
  private final List<EventFeed> feeds = new CopyOnWriteArrayList<>();

  ScriptFarm(FarmSettings settings, FarmClient client, Me me, SceneJobs scenes) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = Objects.requireNonNull(client, "client");
    this.me = Objects.requireNonNull(me, "me");
    this.scenes = Objects.requireNonNull(scenes, "scenes");
  }

  /** The farm's URL. */
  public String url() {
    return settings.farm().toString();
  }

  /** Who the key is: {@code account, user, role}. */
  public Map<String, Object> me() {
    return WireMaps.of(me);
  }

  /** The account's jobs in these statuses (wire names or labels; all when empty), newest first. */
  public List<Map<String, Object>> jobs(@Nullable List<String> statuses) throws IOException {
    Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
    for (String status : statuses == null ? List.<String>of() : statuses) {
      wanted.add(JobStatus.parse(status));
    }
    return WireMaps.each(client.allJobs(wanted));
  }

  /** One job with its statistics. */
  public Map<String, Object> job(String jobId) throws IOException {
    return WireMaps.of(client.job(jobId));
  }

  /** The job's tasks, by index. */
  public List<Map<String, Object>> tasks(String jobId) throws IOException {
    return WireMaps.each(client.tasks(jobId));
  }

  /** The job's outputs, in the order they were written. */
  public List<Map<String, Object>> outputs(String jobId) throws IOException {
    return WireMaps.each(client.outputs(jobId));
  }

  /** A task's log, every attempt, as text. */
  public String taskLog(String jobId, String taskId) throws IOException {
    return client.taskLog(jobId, taskId);
  }

  /**
   * Reads the scene through its plugin, then submits the job it makes, as {@code farmhand submit}
   * does.
   *
   * @param options as {@link ScriptSubmits#overrides}, and {@code without_missing}
   * @return the job as the farm made it
   * @throws dev.farmhand.core.sync.MissingDependenciesException listing every missing file, unless
   *     {@code without_missing}
   */
  public Map<String, Object> submitScene(String scene, @Nullable Map<?, ?> options)
      throws IOException, PluginException {
    Map<Object, Object> rest = new LinkedHashMap<>(options == null ? Map.of() : options);
    boolean withoutMissing = Boolean.TRUE.equals(rest.remove("without_missing"));
    JobOverrides overrides = ScriptSubmits.overrides(rest);
    JobSpec spec = scenes.job(scenes.read(Path.of(scene)), overrides, withoutMissing);
    return WireMaps.of(ScriptSubmits.submit(client, spec, withoutMissing));
  }

  /**
   * Submits a job from a spec ({@link ScriptSubmits#spec}); files missing here stop it.
   *
   * @return the job as the farm made it
   */
  public Map<String, Object> submitSpec(Map<?, ?> spec) throws IOException {
    return WireMaps.of(ScriptSubmits.submit(client, ScriptSubmits.spec(spec), false));
  }

  /**
   * Applies a control (wire name, command or label) to one job.
   *
   * @param priority the priority, for {@code set_priority} only
   * @return {@code job_id, outcome, status}
   * @throws dev.farmhand.core.client.ControlRefusedException with the status table's reason
   * @throws dev.farmhand.core.client.NotAllowedException for Set Priority with a user's key
   */
  public Map<String, Object> act(String control, String jobId, @Nullable Integer priority)
      throws IOException {
    return WireMaps.of(client.act(Control.parse(control), jobId, priority));
  }

  /**
   * Applies a control to many jobs; never throws for a refusal.
   *
   * @return per job, in order: {@code job_id, outcome} ({@code done} or {@code refused}){@code ,
   *     status}, and {@code error} ({@code code, message}) when refused
   */
  public List<Map<String, Object>> actOnEach(
      String control, List<String> jobIds, @Nullable Integer priority) throws IOException {
    return WireMaps.each(client.act(Control.parse(control), jobIds, priority).results());
  }

  /**
   * Holds, then kills each job, so nothing of it runs again.
   *
   * @return per job, in order: {@code job_id, outcome, status}, and {@code error} when not killed
   *     (the Kill's refusal, or the Hold's when Kill was not sent)
   */
  public List<Map<String, Object>> holdAndKill(List<String> jobIds) throws IOException {
    List<Map<String, Object>> results = new ArrayList<>();
    for (HoldAndKill both : client.holdAndKill(jobIds)) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("job_id", both.jobId());
      result.put("outcome", both.done() ? "done" : "refused");
      both.status().ifPresent(status -> result.put("status", status.wireName()));
      both.refusal().map(WireMaps::of).ifPresent(error -> result.put("error", error));
      results.add(result);
    }
    return results;
  }

  /**
   * Waits, following the account's notices, until the job shows one of the statuses (null or empty:
   * until it is finished) or the timeout passes.
   *
   * @param timeoutSeconds above 0; null for no limit
   * @return {@code job_id, status, reached} ({@code reached} false: the time ran out)
   */
  public Map<String, Object> await(
      String jobId, @Nullable List<String> statuses, @Nullable Double timeoutSeconds)
      throws IOException, InterruptedException {
    Duration timeout = NO_LIMIT;
    if (timeoutSeconds != null) {
      if (!(timeoutSeconds > 0)) {
        throw new IllegalArgumentException(
            "timeout " + timeoutSeconds + ": give a number of seconds above 0, or None");
      }
      timeout = Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000));
    }
    JobWaiter waiter = new JobWaiter(client, settings.key());
    JobWaiter.Outcome outcome;
    if (statuses == null || statuses.isEmpty()) {
      outcome = waiter.awaitFinished(jobId, timeout);
    } else {
      Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
      for (String status : statuses) {
        wanted.add(JobStatus.parse(status));
      }
      outcome = waiter.await(jobId, wanted, timeout);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("job_id", outcome.jobId());
    result.put("status", outcome.status().wireName());
    result.put("reached", outcome.reached());
    return result;
  }

  /** Downloads the job's outputs ({@link ScriptDownloads#download}). */
  public Map<String, Object> download(String jobId, @Nullable String to, boolean overwrite)
      throws IOException {
    return ScriptDownloads.download(client, settings, jobId, to, overwrite);
  }

  /**
   * Hands each of the account's events from now on (only the job's, when given) to the callback,
   * once and in order, one at a time on a thread of this feed's own (never an MQTT thread). A
   * callback that throws is logged and the next event still comes.
   */
  public EventFeed onEvent(Consumer<Map<String, Object>> callback, @Nullable String jobId)
      throws IOException {
    Objects.requireNonNull(callback, "callback");
    var builder = NoticeSubscriber.builder(client, settings.key()).name("script-" + feedName());
    if (jobId != null) {
      builder.job(jobId);
    }
    NoticeSubscriber subscriber = builder.start(event -> callback.accept(WireMaps.of(event)));
    EventFeed feed = new EventFeed(subscriber, feeds);
    feeds.add(feed);
    return feed;
  }

  /** Stops every event feed, then closes the client. Idempotent. */
  @Override
  public void close() throws IOException {
    for (EventFeed feed : feeds) {
      feed.close();
    }
    client.close();
  }

  private static String feedName() {
    return Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
  }

  @Override
  public String toString() {
    return "ScriptFarm[" + url() + " as " + me.user() + " of " + me.account() + "]";
  }
}
