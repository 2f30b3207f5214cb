package dev.farmhand.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad request gets the one error shape, a code, and a message that says the fix. */
class BadRequestsTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static FarmHttp studio;
  static List<Dependency> files;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    studio = new FarmHttp(farm.url(), farm.credentials().key("studio", "artist"));
    files = SampleJobs.upload(studio);
  }

  @AfterAll
  static void stopFarm() {
    farm.close();
  }

  private static ApiError refused(FarmHttp.Response response, int status, ErrorCode code) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    ApiError error = response.error();
    assertThat(error.code()).isEqualTo(code);
    return error;
  }

  private static JobCreateRequest withFrames(String frames, String scouts) {
    return SampleJobs.request(files, frames, scouts, 1, RetryPolicy.NONE);
  }

  @Test
  void noKeyOrAnUnknownKeyIsUnauthenticated() {
    FarmHttp.Response none = new FarmHttp(farm.url(), null).get("/api/v1/jobs");
    FarmHttp.Response wrong = new FarmHttp(farm.url(), "fh_nonsense").get("/api/v1/jobs");

    assertThat(refused(none, 401, ErrorCode.UNAUTHENTICATED).message())
        .isEqualTo(
            "no API key: send Authorization: Bearer KEY (farm start writes keys to"
                + " credentials.json)");
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    refused(wrong, 401, ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void malformedJsonNamesWhatIsWrong() {
    ApiError error =
        refused(
            studio.post("/api/v1/jobs", "{\"title\": ", "Idempotency-Key", "k1"),
            400,
            ErrorCode.INVALID_REQUEST);

    assertThat(error.message()).startsWith("malformed JobCreateRequest");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    ApiError error =
        refused(
            studio.post("/api/v1/jobs", "{\"title\": \"t\"}", "Idempotency-Key", "k2"),
            400,
            ErrorCode.INVALID_REQUEST);

    assertThat(error.message())
        .isEqualTo("malformed JobCreateRequest: missing required field 'chunk'");
  }

  @Test
  void aBadFrameSpecIsQuotedAndTheFieldNamed() {
    ApiError error =
        refused(studio.submit(withFrames("5-1x0", null)), 400, ErrorCode.INVALID_REQUEST);

    assertThat(error.message())
        .isEqualTo(
            "frame spec '5-1x0': step 0 in '5-1x0' must be 1 or more (write 5-1 for every frame)");
    assertThat(error.details()).containsEntry("field", "frames");
  }

  @Test
  void scoutsOutsideTheFramesAreRefused() {
    ApiError error =
        refused(studio.submit(withFrames("1-10", "0,50")), 400, ErrorCode.INVALID_REQUEST);

    assertThat(error.details()).containsEntry("field", "scouts");
    assertThat(error.message()).startsWith("scout spec '0,50': frames 0 and 50 are not among");
  }

  @Test
  void aDependencyPathThatWouldEscapeTheWorkspaceIsRefused() {
    List<Dependency> escaping = new ArrayList<>(files);
    escaping.add(new Dependency("../../etc/passwd", files.get(0).sha256(), files.get(0).size()));
    JobCreateRequest request = SampleJobs.request(escaping, "1", null, 1, RetryPolicy.NONE);

    ApiError error = refused(studio.submit(request), 400, ErrorCode.INVALID_REQUEST);

    assertThat(error.message())
        .isEqualTo(
            "dependency path '../../etc/passwd' leaves its folder: '..' is not allowed; it must"
                + " stay in the workspace");
    assertThat(error.details()).containsEntry("field", "dependencies[2].path");
  }

  @Test
  void anOutputPatternWithoutAFrameNumberIsRefused() {
    JobCreateRequest request = withFrames("1", null);
    JobCreateRequest oneName =
        new JobCreateRequest(
            request.title(),
            request.scene(),
            "sample",
            "1",
            1,
            null,
            50,
            false,
            RetryPolicy.NONE,
            null,
            "renders/frame.png",
            request.dependencies(),
            Map.of());

    ApiError error = refused(studio.submit(oneName), 400, ErrorCode.INVALID_REQUEST);

    assertThat(error.details()).containsEntry("field", "output_pattern");
    assertThat(error.message()).startsWith("output pattern 'renders/frame.png'");
  }

  @Test
  void aDependencyTheFarmLacksIsListed() {
    String absent = Sha256.of("absent".getBytes(StandardCharsets.UTF_8));
    List<Dependency> lacking = new ArrayList<>(files);
    lacking.add(new Dependency("textures/absent.png", absent, 6));

    ApiError error =
        refused(
            studio.submit(SampleJobs.request(lacking, "1", null, 1, RetryPolicy.NONE)),
            422,
            ErrorCode.FILES_MISSING);

    assertThat(error.details()).containsEntry("missing", List.of(absent));
  }

  @Test
  void aRendererTheFarmDoesNotRunIsRefusedWithWhatIsMissing() {
    JobCreateRequest request = withFrames("1", null);
    JobCreateRequest maya =
        new JobCreateRequest(
            request.title(),
            request.scene(),
            "maya",
            request.frames(),
            1,
            null,
            50,
            false,
            RetryPolicy.NONE,
            null,
            null,
            request.dependencies(),
            Map.of());

    ApiError error = refused(studio.submit(maya), 422, ErrorCode.RENDERER_UNAVAILABLE);

    assertThat(error.message()).isEqualTo("no worker has Maya");
    assertThat(error.details()).containsEntry("renderer", "maya");
  }

  @Test
  void pagingParametersOutOfRangeAreRefusedAndNamed() {
    assertThat(
            refused(studio.get("/api/v1/jobs?limit=0"), 400, ErrorCode.INVALID_REQUEST).details())
        .containsEntry("field", "limit");
    assertThat(
            refused(studio.get("/api/v1/jobs?cursor=abc"), 400, ErrorCode.INVALID_REQUEST)
                .message())
        .isEqualTo("cursor 'abc' is not one this farm gave: pass next_cursor as it came");
    assertThat(
            refused(studio.get("/api/v1/events?limit=5000"), 400, ErrorCode.INVALID_REQUEST)
                .message())
        .isEqualTo("limit=5000 is not allowed: give a whole number from 0 to 1000");
  }

  @Test
  void anUnknownStatusFilterListsTheStatusesThereAre() {
    ApiError error =
        refused(studio.get("/api/v1/jobs?status=done"), 400, ErrorCode.INVALID_REQUEST);

    assertThat(error.message()).startsWith("unknown job status 'done': use one of pending,");
  }

  @Test
  void anUnknownJobIsNotFound() {
    ApiError error = refused(studio.get("/api/v1/jobs/j-999999"), 404, ErrorCode.NOT_FOUND);

    assertThat(error.message())
        .isEqualTo("no job 'j-999999' in this account: list the jobs to see their ids");
  }

  @Test
  void anUnknownPathAndAWrongMethodGetTheErrorShapeToo() {
    refused(studio.get("/api/v1/nothing-here"), 404, ErrorCode.NOT_FOUND);
    refused(studio.send("DELETE", "/api/v1/jobs", null), 405, ErrorCode.METHOD_NOT_ALLOWED);
  }

  @Test
  void anOversizeBodyIsRefusedWithTheLimit() {
    byte[] huge = new byte[17 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');

    ApiError error =
        refused(
            studio.send(
                "POST",
                "/api/v1/jobs",
                huge,
                "Idempotency-Key",
                "k3",
                "Content-Type",
                "application/json"),
            413,
            ErrorCode.PAYLOAD_TOO_LARGE);

    assertThat(error.details()).containsEntry("limit", 16 * 1024 * 1024);
  }

  @Test
  void aSubmitWithoutAnIdempotencyKeyIsRefused() {
    ApiError error =
        refused(
            studio.post("/api/v1/jobs", Json.write(withFrames("1", null))),
            400,
            ErrorCode.INVALID_REQUEST);

    assertThat(error.details()).containsEntry("field", "Idempotency-Key");
  }

  @Test
  void anUploadWhoseBytesDoNotHashToItsNameIsRefusedAndNotKept() {
    String claimed = Sha256.of("what was promised".getBytes(StandardCharsets.UTF_8));

    ApiError error =
        refused(
            studio.send(
                "PUT",
                "/api/v1/files/" + claimed,
                "something else".getBytes(StandardCharsets.UTF_8)),
            422,
            ErrorCode.HASH_MISMATCH);

    assertThat(error.details()).containsEntry("expected", claimed);
    assertThat(studio.send("HEAD", "/api/v1/files/" + claimed, null).status()).isEqualTo(404);
  }

  @Test
  void anUploadPartPastWhatTheFarmHoldsSaysWhereToResume() {
    byte[] content = "0123456789".getBytes(StandardCharsets.UTF_8);
    String sha256 = Sha256.of(content);
    studio.send(
        "PUT",
        "/api/v1/files/" + sha256,
        java.util.Arrays.copyOf(content, 4),
        "Content-Range",
        "bytes 0-3/10");

    ApiError error =
        refused(
            studio.send(
                "PUT",
                "/api/v1/files/" + sha256,
                java.util.Arrays.copyOfRange(content, 6, 10),
                "Content-Range",
                "bytes 6-9/10"),
            409,
            ErrorCode.UPLOAD_OFFSET_MISMATCH);
    FarmHttp.Response head = studio.send("HEAD", "/api/v1/files/" + sha256, null);
    assertThat(head.header("Upload-Offset")).isEqualTo("4");
    assertThat(head.header("Upload-Length")).isEqualTo("10");
    assertThat(head.header("Upload-Complete")).isEqualTo("?0");
    FarmHttp.Response rest =
        studio.send(
            "PUT",
            "/api/v1/files/" + sha256,
            java.util.Arrays.copyOfRange(content, 4, 10),
            "Content-Range",
            "bytes 4-9/10");

    assertThat(error.details()).containsEntry("received", 4);
    assertThat(rest.status()).isEqualTo(201);
  }
}
