package dev.farmhand.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlTable;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page's server side over plain HTTP: the session cookie, CSRF and Origin checks, log out,
 * accounts kept apart, the control table as the page reads it, and the event stream's catch-up.
 */
class WebSessionTest {
  @TempDir static Path data;
  static LocalFarm farm;
  static WebJobs studio;
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    studio = WebJobs.of(farm, "studio", "artist");
  }

  @AfterAll
  static void stop() throws Exception {
    studio.client().close();
    farm.close();
  }

  record Session(String cookie, String csrf, JsonNode body) {}

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create(farm.url() + path)).timeout(Duration.ofSeconds(30));
  }

  static HttpResponse<String> logIn(String key) throws Exception {
    return send(
        at("/web/session")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"" + key + "\"}")));
  }

  static Session session(String account, String user) throws Exception {
    HttpResponse<String> answer = logIn(farm.credentials().key(account, user));
    assertThat(answer.statusCode()).isEqualTo(200);
    String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    JsonNode body = Json.mapper().readTree(answer.body());
    return new Session(cookie, body.get("csrf").asText(), body);
  }

  static HttpRequest.Builder hold(Session session, String jobId) {
    return at("/api/v1/jobs/actions")
        .header("Cookie", session.cookie())
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"control\": \"hold\", \"job_ids\": [\"" + jobId + "\"]}"));
  }

  static String message(HttpResponse<String> answer) throws IOException {
    return Json.mapper().readTree(answer.body()).at("/error/message").asText();
  }

  @Test
  void logInSetsAnHttpOnlySameSiteStrictCookieAndAnswersWhoWithTheControlsOfItsRole()
      throws Exception {
    HttpResponse<String> answer = logIn(farm.credentials().key("studio", "artist"));
    String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("farmhand_session=").contains("; HttpOnly", "; SameSite=Strict");
    assertThat(answer.body()).doesNotContain(farm.credentials().key("studio", "artist"));
    JsonNode body = Json.mapper().readTree(answer.body());
    assertThat(body.get("account").asText()).isEqualTo("studio");
    assertThat(body.get("role").asText()).isEqualTo("user");
    List<String> controls = new ArrayList<>();
    body.get("controls").forEach(c -> controls.add(c.get("id").asText()));
    assertThat(controls)
        .containsExactly(
            "retry",
            "complete",
            "reviewed",
            "kill",
            "retry_all_fails",
            "retry_sync",
            "unhold",
            "hold");
    assertThat(body.at("/controls/0/refused/running").asText())
        .isEqualTo(ControlTable.rule(Control.RETRY, JobStatus.RUNNING).refusal());
    assertThat(body.at("/controls/0/refused/success").isMissingNode()).isTrue();

    Session lead = session("studio", "lead");
    List<String> leads = new ArrayList<>();
    lead.body().get("controls").forEach(c -> leads.add(c.get("id").asText()));
    assertThat(leads).contains("set_priority");
  }

  @Test
  void aWrongKeyIsRefusedWithTheReason() throws Exception {
    HttpResponse<String> answer = logIn("wrong");
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(message(answer))
        .isEqualTo(
            "this key is not known to the farm: check it, or ask for a key from credentials.json");
  }

  @Test
  void logInIsRefusedUnlessItIsJsonWhichAFormOfAnotherSiteCannotSend() throws Exception {
    String key = farm.credentials().key("studio", "artist");

    HttpResponse<String> form =
        send(
            at("/web/session")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"" + key + "\"}")));

    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(form.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(message(form))
        .isEqualTo(
            "log in with a JSON body {\"key\": \"...\"} sent as Content-Type: application/json");
  }

  @Test
  void aChangeWithTheCookieNeedsTheSessionsTokenAndTheFarmsOwnOrigin() throws Exception {
    Job job = studio.submit("csrf", "noop", "1", null, 10);
    Session artist = session("studio", "artist");

    HttpResponse<String> noToken = send(hold(artist, job.id()));
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(message(noToken))
        .isEqualTo(
            "a change asked with the session cookie needs the session's X-Farmhand-Csrf header:"
                + " reload the page");

    HttpResponse<String> wrongToken =
        send(hold(artist, job.id()).header("X-Farmhand-Csrf", "guess"));
    assertThat(wrongToken.statusCode()).isEqualTo(403);

    HttpResponse<String> otherSite =
        send(
            hold(artist, job.id())
                .header("X-Farmhand-Csrf", artist.csrf())
                .header("Origin", "http://attacker.example"));
    assertThat(otherSite.statusCode()).isEqualTo(403);
    assertThat(message(otherSite))
        .isEqualTo(
            "a request from http://attacker.example may not act on this farm's page: open the"
                + " farm's own page");

    HttpResponse<String> own =
        send(
            hold(artist, job.id())
                .header("X-Farmhand-Csrf", artist.csrf())
                .header("Origin", farm.url()));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("\"job_id\":\"" + job.id() + "\"");
  }

  @Test
  void logOutEndsTheSessionForEveryRequestThatCarriesItsCookie() throws Exception {
    Session artist = session("studio", "artist");
    assertThat(send(at("/api/v1/jobs").header("Cookie", artist.cookie())).statusCode())
        .isEqualTo(200);

    HttpResponse<String> out =
        send(
            at("/web/session")
                .header("Cookie", artist.cookie())
                .header("X-Farmhand-Csrf", artist.csrf())
                .DELETE());
    assertThat(out.statusCode()).isEqualTo(204);
    assertThat(out.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("farmhand_session=; Path=/; Max-Age=0");

    HttpResponse<String> after = send(at("/api/v1/jobs").header("Cookie", artist.cookie()));
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(message(after))
        .isEqualTo(
            "you are not logged in, or your session has ended: log in again with your account key");
    assertThat(send(at("/web/session").header("Cookie", artist.cookie())).statusCode())
        .isEqualTo(401);
  }

  @Test
  void anotherAccountsJobIsNotFoundThroughTheCookieWhateverItsId() throws Exception {
    Job job = studio.submit("studio only", "noop", "1", null, 10);
    Session other = session("other", "artist");
    for (String path :
        List.of(
            "/api/v1/jobs/" + job.id(),
            "/api/v1/jobs/" + job.id() + "/tasks",
            "/api/v1/jobs/" + job.id() + "/outputs")) {
      HttpResponse<String> answer = send(at(path).header("Cookie", other.cookie()));
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(message(answer))
          .isEqualTo("no job '" + job.id() + "' in this account: list the jobs to see their ids");
    }
    HttpResponse<String> list = send(at("/api/v1/jobs").header("Cookie", other.cookie()));
    assertThat(list.body()).doesNotContain(job.id());
  }

  @Test
  void theStreamSendsEveryEventAfterLastEventIdInOrderWithTheJobAsItIsNow() throws Exception {
    Job job = studio.submit("streamed", "noop", "1-2", null, 10);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> studio.client().job(job.id()).status() == JobStatus.SUCCESS);
    List<Event> stored = studio.client().events(0, 1000).events();
    long latest = stored.get(stored.size() - 1).seq();
    long from = latest - 3;
    Session artist = session("studio", "artist");

    HttpResponse<Stream<String>> stream =
        HTTP.send(
            at("/web/events?after=0")
                .header("Cookie", artist.cookie())
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", String.valueOf(from))
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    JsonNode lastData = null;
    try (Stream<String> lines = stream.body()) {
      Iterator<String> it = lines.iterator();
      // Each message ends with a blank line; read up to the end of the latest one.
      while (true) {
        String line = it.next();
        if (line.isEmpty() && !ids.isEmpty() && ids.get(ids.size() - 1) == latest) {
          break;
        }
        if (line.startsWith("id: ")) {
          ids.add(Long.parseLong(line.substring(4).strip()));
        } else if (line.startsWith("data: ")) {
          lastData = Json.mapper().readTree(line.substring(6));
        }
      }
    }
    assertThat(ids).containsExactly(from + 1, from + 2, from + 3);
    assertThat(lastData.at("/event/seq").asLong()).isEqualTo(latest);
    assertThat(lastData.at("/job/id").asText()).isEqualTo(job.id());
    assertThat(lastData.at("/job/status").asText()).isEqualTo("success");
    assertThat(lastData.at("/job/stats/frames_done").asInt()).isEqualTo(2);
  }

  @Test
  @Timeout(60)
  void logOutEndsTheSessionsOpenStream() throws Exception {
    Session artist = session("studio", "artist");
    HttpResponse<Stream<String>> stream =
        HTTP.send(
            at("/web/events?after=0")
                .header("Cookie", artist.cookie())
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    HttpResponse<String> out =
        send(
            at("/web/session")
                .header("Cookie", artist.cookie())
                .header("X-Farmhand-Csrf", artist.csrf())
                .DELETE());
    assertThat(out.statusCode()).isEqualTo(204);
    // The stream ends: reading it to its end returns (it would wait for ever otherwise), having
    // carried no event, since the account had none.
    try (Stream<String> lines = stream.body()) {
      assertThat(lines.filter(line -> line.startsWith("id: "))).isEmpty();
    }
  }

  @Test
  void theStreamRefusesABrowserWithoutASession() throws Exception {
    HttpResponse<String> answer =
        send(at("/web/events?after=0").header("Accept", "text/event-stream"));
    assertThat(answer.statusCode()).isEqualTo(401);
  }
}
