package dev.farmhand.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobFlags;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRoundTripTest {

  static Stream<Object> samples() {
    return Samples.all().stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("samples")
  void everyWireValueReadsBackEqualToWhatWasWritten(Object value) throws Exception {
    String json = Json.write(value);

    assertThat(Json.read(json, value.getClass())).isEqualTo(value);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("samples")
  void noWireValueWritesNullsOrCamelCaseNames(Object value) {
    String json = Json.write(value);

    assertThat(json).doesNotContain(":null").doesNotContainPattern("\"[a-z]+[A-Z][A-Za-z]*\":");
  }

  @Test
  void anOutputIsWrittenInTheDocumentedForm() {
    assertThat(Json.write(Samples.output()))
        .isEqualTo(
            "{\"path\":\"frames/frame_0001.png\",\"size\":53211,\"sha256\":\""
                + Samples.SHA_B
                + "\",\"task_id\":\"t-0000\",\"frame\":1}");
  }

  @Test
  void timesAreWrittenAsRfc3339StringsInUtc() {
    assertThat(Json.write(Samples.taskEvent()))
        .isEqualTo(
            "{\"seq\":17,\"time\":\"2025-03-01T12:00:05.250Z\",\"account\":\"studio\","
                + "\"type\":\"task_status\",\"job_id\":\"j-000042\",\"job_status\":\"running\","
                + "\"task_id\":\"t-0003\",\"task_status\":\"running\"}");
  }

  @Test
  void aHandWrittenJobReadsAsTheJobItDescribes() throws Exception {
    String json =
        """
        {
          "id": "j-000042",
          "title": "shot010 lighting",
          "status": "running",
          "priority": 60,
          "preemptible": true,
          "retries": {"preempted": 3, "failed": 1},
          "flags": {"sync": "synced", "held": false, "killed": false, "completed": false,
                    "downloaded": false, "reviewed": false},
          "scene": "scenes/shot010.blend",
          "renderer": "blender",
          "frames": "1-100x2,150",
          "chunk": 5,
          "scouts": "auto:3",
          "output_dir": "/home/ana/renders/shot010",
          "output_pattern": "renders/shot010_####.png",
          "user": "ana",
          "submitted_at": "2025-03-01T12:00:00Z",
          "started_at": "2025-03-01T12:00:05.250Z",
          "finished_at": null,
          "stats": {"frames_total": 51, "frames_done": 20, "frames_failed": 5,
                    "frames_running": 5, "frames_holding": 15, "render_seconds": 812.5,
                    "elapsed_seconds": 300, "eta_seconds": 420},
          "metadata": {"plugin": "blender"}
        }
        """;

    assertThat(Json.read(json, Job.class)).isEqualTo(Samples.job());
  }

  @Test
  void aHandWrittenJobCreateRequestReadsAsTheRequestItDescribes() throws Exception {
    String json =
        """
        {"title": "shot010 lighting", "scene": "scenes/shot010.blend", "renderer": "blender",
         "frames": "1-100x2,150", "chunk": 5, "scouts": "auto:3", "priority": 60,
         "preemptible": true, "retries": {"preempted": 3, "failed": 1},
         "output_dir": "/home/ana/renders/shot010",
          "output_pattern": "renders/shot010_####.png",
         "dependencies": [
           {"path": "scenes/shot010.blend", "sha256": "%s", "size": 1048576},
           {"path": "tex/wood.png", "sha256": "%s", "size": 2048}],
         "metadata": {"plugin": "blender", "app_version": "3.4.1"}}
        """
            .formatted(Samples.SHA_A, Samples.SHA_B);

    assertThat(Json.read(json, JobCreateRequest.class)).isEqualTo(Samples.createRequest());
  }

  @Test
  void aHandWrittenBatchActionAndItsResultReadAsDocumented() throws Exception {
    String request = "{\"control\": \"retry_all_fails\", \"job_ids\": [\"j-1\", \"j-2\"]}";
    String result =
        """
        {"results": [
          {"job_id": "j-1", "outcome": "done", "status": "pending"},
          {"job_id": "j-2", "outcome": "refused", "status": "success",
           "error": {"code": "control_refused",
                     "message": "Retry All Fails does not apply to a Success job"}}]}
        """;

    assertThat(Json.read(request, ActionRequest.class))
        .isEqualTo(new ActionRequest(Control.RETRY_ALL_FAILS, List.of("j-1", "j-2"), null));
    assertThat(Json.read(result, ActionResult.class))
        .isEqualTo(
            new ActionResult(
                List.of(
                    JobActionResult.done("j-1", JobStatus.PENDING),
                    JobActionResult.refused(
                        "j-2",
                        JobStatus.SUCCESS,
                        ApiError.of(
                            ErrorCode.CONTROL_REFUSED,
                            "Retry All Fails does not apply to a Success job")))));
  }

  @Test
  void aHandWrittenErrorReadsWithItsCodeMessageAndDetails() throws Exception {
    String json =
        """
        {"error": {"code": "hash_mismatch",
                   "message": "the uploaded bytes do not hash to their name",
                   "details": {"expected": "%s", "actual": "%s", "size": 2048}}}
        """
            .formatted(Samples.SHA_A, Samples.SHA_B);

    ErrorResponse response = Json.read(json, ErrorResponse.class);

    assertThat(response.error().code()).isEqualTo(ErrorCode.HASH_MISMATCH);
    assertThat(response.error().code().httpStatus()).isEqualTo(422);
    assertThat(response.error().details())
        .containsEntry("expected", Samples.SHA_A)
        .containsEntry("size", 2048);
  }

  @Test
  void aHandWrittenEventPageWithAnOutputReadsAsDocumented() throws Exception {
    String json =
        """
        {"events": [{"seq": 18, "time": "2025-03-01T12:00:05.250Z", "account": "studio",
                     "type": "output_added", "job_id": "j-000042", "job_status": "running",
                     "task_id": "t-0000",
                     "output": {"path": "frames/frame_0001.png", "size": 53211,
                                "sha256": "%s", "task_id": "t-0000", "frame": 1}}],
         "latest_seq": 20}
        """
            .formatted(Samples.SHA_B);

    EventPage page = Json.read(json, EventPage.class);

    assertThat(page).isEqualTo(new EventPage(List.of(Samples.outputEvent()), 20));
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void propertiesANewerFarmAddsAreIgnored() throws Exception {
    String json =
        "{\"account\": \"studio\", \"user\": \"ana\", \"role\": \"user\", \"quota\": {\"gb\": 5}}";

    assertThat(Json.read(json, Me.class)).isEqualTo(new Me("studio", "ana", Role.USER));
  }

  @Test
  void anEventTypeOrErrorCodeANewerFarmAddsReadsAsUnknown() throws Exception {
    Event event =
        Json.read(
            "{\"seq\": 5, \"time\": \"2025-03-01T12:00:00Z\", \"account\": \"studio\","
                + " \"type\": \"worker_joined\"}",
            Event.class);
    ApiError error =
        Json.read("{\"code\": \"quota_exceeded\", \"message\": \"over quota\"}", ApiError.class);

    assertThat(event.type()).isEqualTo(EventType.UNKNOWN);
    assertThat(event.seq()).isEqualTo(5);
    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN);
    assertThat(error.message()).isEqualTo("over quota");
  }

  @Test
  void theStatusTypesKeepTheirLowerSnakeWireNamesInsideRecords() {
    String json =
        Json.write(new JobActionResult("j-1", ActionOutcome.DONE, JobStatus.SYNC_PENDING, null));

    assertThat(json)
        .isEqualTo("{\"job_id\":\"j-1\",\"outcome\":\"done\",\"status\":\"sync_pending\"}");
    assertThat(Json.write(JobFlags.SYNCED)).startsWith("{\"sync\":\"synced\",");
    assertThat(Json.write(Map.of("s", TaskStatus.PREEMPTED))).isEqualTo("{\"s\":\"preempted\"}");
  }
}
