package dev.farmhand.farm.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.frames.FrameChunk;
import dev.farmhand.core.frames.FrameSpec;
import dev.farmhand.core.frames.ScoutSpec;
import dev.farmhand.core.frames.TaskPlan;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.SyncState;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.files.ContentStore;
import dev.farmhand.farm.render.InvalidOutputPatternException;
import dev.farmhand.farm.render.OutputPattern;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.JobRepository;
import dev.farmhand.farm.store.OutputRepository;
import dev.farmhand.farm.store.StoredJob;
import dev.farmhand.farm.store.StoredTask;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes jobs from requests: checks everything before anything is stored (frames, scouts, renderer,
 * every dependency's path and presence, the scene among them), and makes each job once per
 * idempotency key. Thread-safe.
 */
public final class JobSubmissions {
  private static final ObjectMapper CANONICAL =
      Json.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private final Database database;
  private final JobJournal journal;
  private final ContentStore store;
  private final Function<String, Optional<String>> rendererUnavailable;
  private final Clock clock;
  private final JobRepository jobs = new JobRepository();
  private final OutputRepository files = new OutputRepository();

  /**
   * @param rendererUnavailable for a renderer's name, why this farm cannot run it, or empty
   */
  public JobSubmissions(
      Database database,
      JobJournal journal,
      ContentStore store,
      Function<String, Optional<String>> rendererUnavailable,
      Clock clock) {
    this.database = database;
    this.journal = journal;
    this.store = store;
    this.rendererUnavailable = rendererUnavailable;
    this.clock = clock;
  }

  /** A job made, or found again under the same idempotency key. */
  public record Submitted(Snapshot job, boolean replayed) {}

  /**
   * Makes the job, or returns the one made earlier with the same key and the same request.
   *
   * @throws RefusedException with {@code idempotency_conflict} for the same key and another
   *     request, {@code invalid_request}, {@code files_missing} or {@code renderer_unavailable}
   */
  public synchronized Submitted submit(
      Principal who, String idempotencyKey, JobCreateRequest request) {
    String requestSha256 = requestSha256(request);
    Optional<Submitted> earlier = earlier(who, idempotencyKey, requestSha256);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    FrameSpec frames = frames(request);
    ScoutSpec scouts = scouts(request, frames);
    rendererUnavailable
        .apply(request.renderer())
        .ifPresent(
            reason -> {
              throw new RefusedException(
                  ErrorCode.RENDERER_UNAVAILABLE, reason, Map.of("renderer", request.renderer()));
            });
    checkPaths(request);
    checkFilesPresent(who, request);
    long number = database.transaction(jobs::nextNumber);
    String id = "j-" + number;
    List<StoredTask> tasks = new ArrayList<>();
    List<FrameChunk> chunks = TaskPlan.of(frames, scouts, request.chunk()).chunks();
    boolean withScouts = chunks.stream().anyMatch(FrameChunk::scout);
    for (int i = 0; i < chunks.size(); i++) {
      FrameChunk chunk = chunks.get(i);
      TaskStatus first = chunk.scout() || !withScouts ? TaskStatus.PENDING : TaskStatus.HOLDING;
      tasks.add(StoredTask.fresh(id + "-t" + i, id, i, chunk.frames(), chunk.scout(), first));
    }
    StoredJob job =
        new StoredJob(
            id,
            number,
            who.account(),
            who.user(),
            request.title(),
            request.scene(),
            request.renderer(),
            request.frames(),
            request.chunk(),
            request.scouts(),
            request.priority(),
            request.preemptible(),
            request.retries(),
            request.outputDir(),
            request.outputPattern(),
            request.metadata(),
            clock.instant(),
            null,
            null,
            new JobFlags(SyncState.SYNCING, false, false, false, false, false),
            JobStatus.SYNC_PENDING);
    Snapshot created =
        journal.create(
            new Snapshot(job, tasks), request.dependencies(), idempotencyKey, requestSha256);
    return new Submitted(created, false);
  }

  /**
   * What identifies a request for its idempotency key: its JSON with map keys sorted, so the same
   * request hashes the same in every run of the farm.
   */
  static String requestSha256(JobCreateRequest request) {
    try {
      return Sha256.of(CANONICAL.writeValueAsBytes(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a job request cannot be written as JSON", e);
    }
  }

  private Optional<Submitted> earlier(Principal who, String key, String requestSha256) {
    return database
        .transaction(
            c ->
                jobs.byIdempotencyKey(c, who.account(), key)
                    .map(
                        found -> {
                          if (!found.getValue().equals(requestSha256)) {
                            throw new RefusedException(
                                ErrorCode.IDEMPOTENCY_CONFLICT,
                                "the Idempotency-Key '"
                                    + key
                                    + "' was used for job "
                                    + found.getKey().id()
                                    + " with another request: use a new key for a new job",
                                Map.of("job_id", found.getKey().id()));
                          }
                          return found.getKey().id();
                        }))
        .map(jobId -> new Submitted(journal.read(jobId), true));
  }

  private static FrameSpec frames(JobCreateRequest request) {
    try {
      return FrameSpec.parse(request.frames());
    } catch (IllegalArgumentException e) {
      throw invalid("frames", e.getMessage());
    }
  }

  private static ScoutSpec scouts(JobCreateRequest request, FrameSpec frames) {
    if (request.scouts() == null) {
      return null;
    }
    try {
      ScoutSpec scouts = ScoutSpec.parse(request.scouts());
      scouts.resolve(frames);
      return scouts;
    } catch (IllegalArgumentException e) {
      throw invalid("scouts", e.getMessage());
    }
  }

  private static void checkPaths(JobCreateRequest request) {
    if (request.title().isBlank()) {
      throw invalid("title", "title is blank: give the job a title");
    }
    Set<String> paths = new HashSet<>();
    List<Dependency> dependencies = request.dependencies();
    for (int i = 0; i < dependencies.size(); i++) {
      String field = "dependencies[" + i + "].path";
      try {
        RelativePath.of(dependencies.get(i).path());
      } catch (UnsafePathException e) {
        throw invalid(field, "dependency " + e.getMessage() + "; it must stay in the workspace");
      }
      if (!paths.add(dependencies.get(i).path())) {
        throw invalid(field, "dependency '" + dependencies.get(i).path() + "' is listed twice");
      }
    }
    if (!paths.contains(request.scene())) {
      throw invalid(
          "scene",
          "the scene '" + request.scene() + "' is not among the dependencies: upload it as one");
    }
    if (request.outputPattern() != null) {
      try {
        OutputPattern.of(request.outputPattern());
      } catch (InvalidOutputPatternException e) {
        throw invalid("output_pattern", e.getMessage());
      }
    }
  }

  private void checkFilesPresent(Principal who, JobCreateRequest request) {
    List<String> missing =
        database.transaction(
            c -> {
              List<String> lacking = new ArrayList<>();
              for (Dependency file : request.dependencies()) {
                if (!store.has(file.sha256()) || !files.owns(c, who.account(), file.sha256())) {
                  lacking.add(file.sha256());
                }
              }
              return lacking;
            });
    if (!missing.isEmpty()) {
      throw new RefusedException(
          ErrorCode.FILES_MISSING,
          missing.size()
              + " of the job's dependencies are not on the farm: upload them first (ask which with"
              + " POST /api/v1/files/missing)",
          Map.of("missing", missing));
    }
  }

  private static RefusedException invalid(String field, String message) {
    return new RefusedException(ErrorCode.INVALID_REQUEST, message, Map.of("field", field));
  }
}
