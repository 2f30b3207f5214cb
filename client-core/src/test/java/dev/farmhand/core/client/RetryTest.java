package dev.farmhand.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.StubFarm.Answer;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.status.Control;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the farm client retries, how long it waits, and what it never sends twice. */
class RetryTest {
  static final String ME = "{\"account\":\"studio\",\"user\":\"ana\",\"role\":\"user\"}";
  static final RetrySettings SETTINGS =
      new RetrySettings(4, Duration.ofMillis(100), Duration.ofSeconds(5));

  final StubFarm stub = start();
  final RecordingSleeper sleeper = new RecordingSleeper();

  static StubFarm start() {
    try {
      return new StubFarm();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Always the middle of the jitter range. */
  static final RandomGenerator HALF =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public double nextDouble() {
          return 0.5;
        }
      };

  FarmClient client(String url) {
    return FarmClient.builder()
        .farm(url)
        .key("k-secret")
        .retries(SETTINGS)
        .sleeper(sleeper)
        .random(HALF)
        .responseTimeout(Duration.ofMillis(300))
        .build();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void theBackoffDoublesFromTheBaseUpToTheCapWithFullJitter() {
    RetrySettings settings = new RetrySettings(10, Duration.ofMillis(100), Duration.ofMillis(700));

    assertThat(List.of(1, 2, 3, 4, 5).stream().map(settings::ceiling).toList())
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(700),
            Duration.ofMillis(700));
    assertThat(settings.delay(3, HALF)).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.ceiling(80)).isEqualTo(Duration.ofMillis(700));
  }

  @Test
  void retrySettingsSayWhatIsWrong() {
    assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO))
        .hasMessage("retry attempts must be 1 to 100 (1 means no retry): 0");
    assertThatThrownBy(() -> new RetrySettings(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("retry cap PT1S is shorter than the base PT2S: make the cap at least it");
  }

  @Test
  void aGetIsRetriedOn502503And504WithJitteredBackoff() throws Exception {
    stub.answer(
        Answer.error(502, "internal", "x"),
        Answer.error(503, "unavailable", "x"),
        Answer.error(504, "internal", "x"),
        Answer.json(200, ME));
    try (FarmClient client = client(stub.url())) {
      assertThat(client.me().user()).isEqualTo("ana");
    }
    assertThat(stub.requests()).hasSize(4);
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void retryAfterReplacesTheBackoffAndOneLongerThanTheCapEndsTheRetries() throws Exception {
    stub.answer(
        Answer.error(503, "unavailable", "starting").with("Retry-After", "2"),
        Answer.error(503, "unavailable", "stopping").with("Retry-After", "60"));
    try (FarmClient client = client(stub.url())) {
      assertThatThrownBy(client::me)
          .isInstanceOfSatisfying(
              FarmException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
          .hasMessage(
              "the farm at "
                  + stub.url()
                  + " failed on GET /api/v1/me: stopping (HTTP 503 unavailable); try again later");
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void aRetriedSubmitCarriesTheSameIdempotencyKeyEveryTime() throws Exception {
    String job = SampleAnswers.JOB;
    stub.answer(Answer.error(503, "unavailable", "x"), Answer.json(504, ""), Answer.json(201, job));
    try (FarmClient client = client(stub.url())) {
      JobSubmission made = client.createJob(request(), "submit-1");
      assertThat(made.replayed()).isFalse();
    }
    assertThat(stub.requests())
        .extracting(r -> r.header("Idempotency-Key"))
        .containsExactly("submit-1", "submit-1", "submit-1");
  }

  @Test
  void aControlIsNotSentAgainOnceItMayHaveReachedTheFarm() throws Exception {
    stub.answer(Answer.error(503, "unavailable", "busy"));
    try (FarmClient client = client(stub.url())) {
      assertThatThrownBy(() -> client.act(Control.HOLD, List.of("j-1"), null))
          .isInstanceOf(FarmException.class);
    }
    assertThat(stub.requests()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aControlThatTimedOutIsNotSentAgainButAGetIs() throws Exception {
    stub.answer(Answer.json(200, ME).after(Duration.ofMillis(800)));
    try (FarmClient client = client(stub.url())) {
      assertThatThrownBy(() -> client.act(Control.KILL, List.of("j-1"), null))
          .isInstanceOf(FarmTimeoutException.class)
          .hasMessage(
              "the farm at "
                  + stub.url()
                  + " did not answer POST /api/v1/jobs/actions within 300 ms: it may be busy;"
                  + " try again, or raise the response timeout");
      assertThat(stub.requests()).hasSize(1);
      assertThatThrownBy(client::me).isInstanceOf(FarmTimeoutException.class);
    }
    assertThat(stub.requests()).hasSize(1 + SETTINGS.attempts());
  }

  @Test
  void a4xxIsNeverRetried() throws Exception {
    stub.answer(Answer.error(404, "not_found", "no job 'j-9' in account 'studio'"));
    try (FarmClient client = client(stub.url())) {
      assertThatThrownBy(() -> client.job("j-9"))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("no job 'j-9' in account 'studio'");
    }
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForAControlSinceNothingWasSent() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    try (FarmClient client = client(url)) {
      assertThatThrownBy(() -> client.act(Control.HOLD, List.of("j-1"), null))
          .isInstanceOf(FarmUnreachableException.class)
          .hasMessageStartingWith("cannot reach the farm at " + url + ": is it running?");
    }
    assertThat(sleeper.waits()).hasSize(SETTINGS.attempts() - 1);
  }

  static JobCreateRequest request() {
    return new JobCreateRequest(
        "t",
        "s.fhscene",
        "sample",
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
}
