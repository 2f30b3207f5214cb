package dev.farmhand.core.protocol;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonMalformedPayloadTest {
  private static final String DEPENDENCY =
      "{\"path\": \"a\", \"sha256\": \"" + Samples.SHA_A + "\", \"size\": 1}";
  private static final String REST =
      "\"scene\": \"s\", \"renderer\": \"blender\", \"frames\": \"1\", \"priority\": 50,"
          + " \"preemptible\": false, \"retries\": {\"preempted\": 0, \"failed\": 0},"
          + " \"metadata\": {}";

  @Test
  void aMissingRequiredFieldIsNamed() {
    String json = "{" + REST + ", \"chunk\": 1, \"dependencies\": []}";

    assertThatThrownBy(() -> Json.read(json, JobCreateRequest.class))
        .isInstanceOf(MalformedPayloadException.class)
        .hasMessage("malformed JobCreateRequest: missing required field 'title'")
        .extracting("field")
        .isEqualTo("title");
  }

  @Test
  void aMissingFieldInsideAListIsNamedWithItsPath() {
    String json =
        "{\"title\": \"t\", "
            + REST
            + ", \"chunk\": 1, \"dependencies\": ["
            + DEPENDENCY
            + ", {\"path\": \"b\", \"size\": 2}]}";

    assertThatThrownBy(() -> Json.read(json, JobCreateRequest.class))
        .hasMessage("malformed JobCreateRequest: missing required field 'dependencies[1].sha256'")
        .extracting("field")
        .isEqualTo("dependencies[1].sha256");
  }

  @Test
  void aMissingNumberIsAnErrorNotASilentZero() {
    String json = "{\"title\": \"t\", " + REST + ", \"dependencies\": []}";

    assertThatThrownBy(() -> Json.read(json, JobCreateRequest.class))
        .hasMessage("malformed JobCreateRequest: missing required field 'chunk'");
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatWasExpected() {
    String json = "{\"title\": \"t\", " + REST + ", \"chunk\": \"five\", \"dependencies\": []}";

    assertThatThrownBy(() -> Json.read(json, JobCreateRequest.class))
        .hasMessage(
            "malformed JobCreateRequest: field 'chunk' is \"five\": expected a whole number");
  }

  @Test
  void aTimeThatIsNotRfc3339SaysWhatATimeLooksLike() {
    String json =
        "{\"seq\": 1, \"time\": \"yesterday\", \"account\": \"studio\", \"type\": \"job_status\"}";

    assertThatThrownBy(() -> Json.read(json, Event.class))
        .hasMessage(
            "malformed Event: field 'time' is \"yesterday\": expected an RFC 3339 time in UTC such"
                + " as 2025-03-01T12:00:00Z");
  }

  @Test
  void aBadHashIsRefusedWithWhereItIsAndHowToWriteIt() {
    String json =
        "{\"title\": \"t\", "
            + REST
            + ", \"chunk\": 1, \"dependencies\": [{\"path\": \"a\", \"sha256\": \"ABC\", \"size\":"
            + " 1}]}";

    assertThatThrownBy(() -> Json.read(json, JobCreateRequest.class))
        .hasMessage(
            "malformed JobCreateRequest: at 'dependencies[0]': sha256 'ABC' is not a SHA-256:"
                + " write it as 64 lowercase hex digits");
  }

  @Test
  void anUnknownStatusListsTheStatusesThereAre() {
    String json =
        "{\"tasks\": [{\"id\": \"t-1\", \"index\": 0, \"frames\": [1], \"status\": \"lost\","
            + " \"scout\": false, \"attempts\": 0, \"retries_left\": false, \"log_url\": \"x\"}]}";

    assertThatThrownBy(() -> Json.read(json, TaskPage.class))
        .hasMessage(
            "malformed TaskPage: at 'tasks[0].status': unknown task status 'lost': use one of"
                + " pending, holding, running, success, failed, preempted, killed");
  }

  @Test
  void anUnknownRoleIsAnErrorRatherThanAGuess() {
    assertThatThrownBy(
            () ->
                Json.read(
                    "{\"account\": \"studio\", \"user\": \"a\", \"role\": \"root\"}", Me.class))
        .hasMessage("malformed Me: at 'role': unknown role 'root': use user or admin");
  }

  @Test
  void setPriorityWithoutAPriorityIsRefused() {
    assertThatThrownBy(
            () ->
                Json.read(
                    "{\"control\": \"set_priority\", \"job_ids\": [\"j-1\"]}", ActionRequest.class))
        .hasMessage("malformed ActionRequest: priority is required with control set_priority");
  }

  @Test
  void textThatIsNotJsonSaysWhereItBreaks() {
    assertThatThrownBy(() -> Json.read("{\"account\": \"studio\" \"user\"}", Me.class))
        .hasMessage(
            "malformed Me: not valid JSON at line 1, column 22: Unexpected character ('\"' (code"
                + " 34)): was expecting comma to separate Object entries");
  }

  @Test
  void anEmptyBodyIsNamedAsSuch() {
    assertThatThrownBy(() -> Json.read("", Me.class))
        .hasMessage("malformed Me: the document is empty: send a JSON object");
  }

  @Test
  void anArrayWhereAnObjectBelongsIsRefused() {
    assertThatThrownBy(() -> Json.read("[1]", Me.class))
        .hasMessage("malformed Me: the document has the wrong JSON type: expected a JSON object");
  }
}
