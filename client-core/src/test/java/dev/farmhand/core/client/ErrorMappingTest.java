package dev.farmhand.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.StubFarm.Answer;
import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each kind of failed answer becomes its typed exception, with a message that says what to do. */
class ErrorMappingTest {
  static final String SHA = "a".repeat(64);
  static final String OTHER = "b".repeat(64);

  final StubFarm stub = RetryTest.start();
  final FarmClient client =
      FarmClient.builder().farm(stub.url()).key("k-secret").retries(RetrySettings.NONE).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    stub.close();
  }

  @Test
  void anUnknownKeyIsNotAuthenticatedAndTheMessageSaysToLogInAgain() {
    stub.answer(Answer.error(401, "unauthenticated", "no such key"));

    assertThatThrownBy(client::me)
        .isInstanceOf(NotAuthenticatedException.class)
        .hasMessage(
            "the farm at "
                + stub.url()
                + " does not know this key: run farmhand login again with a key the farm issued"
                + " (or check --key and FARMHAND_KEY)");
  }

  @Test
  void aForbiddenControlCarriesTheFarmsMessage() {
    stub.answer(
        Answer.error(403, "forbidden", "Set Priority needs an admin key: ask an admin of studio"));

    assertThatThrownBy(() -> client.act(Control.SET_PRIORITY, List.of("j-1"), 80))
        .isInstanceOfSatisfying(
            NotAllowedException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessage("Set Priority needs an admin key: ask an admin of studio");
  }

  @Test
  void aRefusedControlOnOneJobNamesTheJobTheControlAndTheStatus() {
    stub.answer(
        Answer.json(
            409,
            "{\"error\":{\"code\":\"control_refused\",\"message\":\"Retry does not apply to a"
                + " Running job: its tasks are still rendering; Hold and Kill it, then Retry\","
                + "\"details\":{\"job_id\":\"j-7\",\"control\":\"retry\",\"status\":\"running\"}}}"));

    assertThatThrownBy(() -> client.act(Control.RETRY, "j-7", null))
        .isInstanceOfSatisfying(
            ControlRefusedException.class,
            e -> {
              assertThat(e.jobId()).isEqualTo("j-7");
              assertThat(e.control()).isEqualTo(Control.RETRY);
              assertThat(e.jobStatus()).contains(JobStatus.RUNNING);
              assertThat(e.code()).isEqualTo(ErrorCode.CONTROL_REFUSED);
            })
        .hasMessageStartingWith("Retry does not apply to a Running job");
  }

  @Test
  void missingFilesAreRefusedWithTheListInTheDetails() {
    stub.answer(
        Answer.json(
            422,
            "{\"error\":{\"code\":\"files_missing\",\"message\":\"the farm lacks 1 file\","
                + "\"details\":{\"missing\":[\""
                + SHA
                + "\"]}}}"));

    assertThatThrownBy(() -> client.createJob(RetryTest.request(), "k1"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.details()).containsEntry("missing", List.of(SHA)));
  }

  @Test
  void aHashMismatchOnUploadIsAHashMismatchException() {
    stub.answer(
        Answer.json(
            422,
            "{\"error\":{\"code\":\"hash_mismatch\",\"message\":\"m\",\"details\":{\"expected\":\""
                + SHA
                + "\",\"actual\":\""
                + OTHER
                + "\"}}}"));

    assertThatThrownBy(
            () -> client.upload(SHA, 3, 0, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3))
        .isInstanceOfSatisfying(
            HashMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(SHA);
              assertThat(e.actual()).isEqualTo(OTHER);
            });
  }

  @Test
  void aProxyPageInsteadOfAnErrorNamesTheUrlTheStatusAndTheStartOfTheBody() {
    stub.answer(
        new Answer(
            502,
            "<html>\n<h1>Bad Gateway</h1> upstream said Bearer k-secret\n</html>",
            java.util.Map.of(),
            java.time.Duration.ZERO));

    assertThatThrownBy(client::me)
        .isInstanceOfSatisfying(
            UnexpectedAnswerException.class, e -> assertThat(e.status()).isEqualTo(502))
        .hasMessage(
            "the farm at "
                + stub.url()
                + " answered GET /api/v1/me with HTTP 502 and a body that is not the protocol's"
                + " error shape: \"<html> <h1>Bad Gateway</h1> upstream said Bearer [hidden]"
                + " </html>\"; check that "
                + stub.url()
                + " is a Farmhand farm (not a proxy or a web page), or try again later");
  }

  @Test
  void aSuccessOfTheWrongShapeIsAnUnexpectedAnswer() {
    stub.answer(Answer.json(200, "{\"account\":\"studio\",\"user\":\"ana\"}"));

    assertThatThrownBy(client::me)
        .isInstanceOf(UnexpectedAnswerException.class)
        .hasMessageContaining("with HTTP 200 and a body that is not a valid Me")
        .hasMessageContaining("missing required field 'role'");
  }

  @Test
  void aFarmErrorWithoutASubclassNamesTheRequestAndTheCode() {
    stub.answer(Answer.error(410, "events_expired", "events after 3 are no longer kept"));

    assertThatThrownBy(() -> client.events(3, 10))
        .isExactlyInstanceOf(FarmException.class)
        .hasMessage(
            "the farm at "
                + stub.url()
                + " refused GET /api/v1/events?after=3&limit=10: events after 3 are no longer"
                + " kept (HTTP 410 events_expired)");
  }
}
