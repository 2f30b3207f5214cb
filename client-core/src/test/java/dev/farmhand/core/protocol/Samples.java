package dev.farmhand.core.protocol;

import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.SyncState;
import dev.farmhand.core.status.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One value of every wire type, each field filled, plus minimal variants with every option out. */
final class Samples {
  static final String SHA_A = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final String SHA_B = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  static final Instant T1 = Instant.parse("2025-03-01T12:00:05.250Z");

  private Samples() {}

  static Dependency dependency() {
    return new Dependency("scenes/shot010.blend", SHA_A, 1_048_576);
  }

  static JobCreateRequest createRequest() {
    return new JobCreateRequest(
        "shot010 lighting",
        "scenes/shot010.blend",
        "blender",
        "1-100x2,150",
        5,
        "auto:3",
        60,
        true,
        new RetryPolicy(3, 1),
        "/home/ana/renders/shot010",
        "renders/shot010_####.png",
        List.of(dependency(), new Dependency("tex/wood.png", SHA_B, 2048)),
        Map.of("plugin", "blender", "app_version", "3.4.1"));
  }

  static JobCreateRequest minimalCreateRequest() {
    return new JobCreateRequest(
        "t",
        "s.blend",
        "blender",
        "1",
        1,
        null,
        50,
        false,
        RetryPolicy.NONE,
        null,
        null,
        List.of(),
        Map.of());
  }

  static JobStats stats() {
    return new JobStats(51, 20, 5, 5, 15, 812.5, 300.0, 420.0);
  }

  static Job job() {
    return new Job(
        "j-000042",
        "shot010 lighting",
        JobStatus.RUNNING,
        60,
        true,
        new RetryPolicy(3, 1),
        JobFlags.SYNCED,
        "scenes/shot010.blend",
        "blender",
        "1-100x2,150",
        5,
        "auto:3",
        "/home/ana/renders/shot010",
        "renders/shot010_####.png",
        "ana",
        T0,
        T1,
        null,
        stats(),
        Map.of("plugin", "blender"));
  }

  static Job minimalJob() {
    return new Job(
        "j-1",
        "t",
        JobStatus.SYNC_PENDING,
        50,
        false,
        RetryPolicy.NONE,
        JobFlags.SYNCED.withSync(SyncState.SYNCING),
        "s.blend",
        "blender",
        "1",
        1,
        null,
        null,
        null,
        "ana",
        T0,
        null,
        null,
        JobStats.notStarted(1),
        Map.of());
  }

  static Task task() {
    return new Task(
        "t-0003",
        3,
        List.of(31, 33, 35),
        TaskStatus.FAILED,
        false,
        2,
        false,
        "worker-1",
        T0,
        T1,
        "blender exited with 1: missing texture tex/wood.png",
        "/api/v1/jobs/j-000042/tasks/t-0003/log");
  }

  static Task minimalTask() {
    return new Task(
        "t-0",
        0,
        List.of(1),
        TaskStatus.HOLDING,
        true,
        0,
        false,
        null,
        null,
        null,
        null,
        "/api/v1/jobs/j-1/tasks/t-0/log");
  }

  static Output output() {
    return new Output("frames/frame_0001.png", 53_211, SHA_B, "t-0000", 1);
  }

  static ApiError refusal() {
    return new ApiError(
        ErrorCode.CONTROL_REFUSED,
        "Retry does not apply to a Running job: its tasks are still rendering; Hold and Kill it,"
            + " then Retry",
        Map.of("job_id", "j-000042", "control", "retry"));
  }

  static Event taskEvent() {
    return new Event(
        17,
        T1,
        "studio",
        EventType.TASK_STATUS,
        "j-000042",
        JobStatus.RUNNING,
        "t-0003",
        TaskStatus.RUNNING,
        null);
  }

  static Event outputEvent() {
    return new Event(
        18,
        T1,
        "studio",
        EventType.OUTPUT_ADDED,
        "j-000042",
        JobStatus.RUNNING,
        "t-0000",
        null,
        output());
  }

  static NoticesInfo notices() {
    return new NoticesInfo(
        "tcp://127.0.0.1:1883",
        "ws://127.0.0.1:8083/mqtt",
        "studio",
        "farmhand/v1/accounts/studio/events",
        "farmhand/v1/accounts/studio/jobs/{job_id}/events",
        "fh-studio-",
        1);
  }

  /** Every wire type, filled; a record type missing here fails the contract test. */
  static List<Object> all() {
    return List.of(
        new ErrorResponse(refusal()),
        refusal(),
        ApiError.of(ErrorCode.NOT_FOUND, "no job 'j-9' in account 'studio'"),
        new Me("studio", "ana", Role.ADMIN),
        new RetryPolicy(3, 1),
        dependency(),
        createRequest(),
        minimalCreateRequest(),
        stats(),
        JobFlags.SYNCED,
        job(),
        minimalJob(),
        new JobPage(List.of(job(), minimalJob()), "c-2"),
        new JobPage(List.of(), null),
        task(),
        minimalTask(),
        new TaskPage(List.of(task(), minimalTask()), null),
        output(),
        new Output("scene.log", 10, SHA_A, "t-0", null),
        new OutputPage(List.of(output()), "c-1"),
        new Manifest("j-000042", List.of(dependency())),
        new ActionRequest(Control.SET_PRIORITY, List.of("j-1", "j-2"), 90),
        new ActionRequest(Control.HOLD, List.of("j-1"), null),
        new JobAction(Control.RETRY_ALL_FAILS, null),
        new JobAction(Control.SET_PRIORITY, 10),
        JobActionResult.done("j-1", JobStatus.HOLDING),
        JobActionResult.refused("j-000042", JobStatus.RUNNING, refusal()),
        new ActionResult(
            List.of(
                JobActionResult.done("j-1", JobStatus.PENDING),
                JobActionResult.refused(
                    "j-9", null, ApiError.of(ErrorCode.NOT_FOUND, "no job 'j-9'")))),
        new FileRef(SHA_A, 1_048_576),
        new MissingFilesRequest(List.of(new FileRef(SHA_A, 1), new FileRef(SHA_B, 2))),
        new UploadStatus(SHA_A, 1_048_576, 65_536, false),
        new UploadStatus(SHA_B, 2, 2, true),
        new MissingFilesResponse(List.of(new UploadStatus(SHA_A, 100, 0, false))),
        taskEvent(),
        outputEvent(),
        new Event(
            1, T0, "studio", EventType.JOB_CREATED, "j-1", JobStatus.PENDING, null, null, null),
        new EventPage(List.of(taskEvent(), outputEvent()), 20),
        new EventPage(List.of(), 0),
        notices(),
        new NoticesInfo("tcp://farm:1883", null, "studio", "a", "a/{job_id}", "fh-studio-", 1));
  }
}
