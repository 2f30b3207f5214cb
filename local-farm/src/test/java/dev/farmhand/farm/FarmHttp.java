package dev.farmhand.farm;

import static org.awaitility.Awaitility.await;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorResponse;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A plain HTTP client of the farm for tests: the requests as the protocol writes them. */
final class FarmHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String key;

  FarmHttp(String base, String key) {
    this.base = base;
    this.key = key;
  }

  /** One answer. */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    <T> T as(Class<T> type) {
      try {
        return Json.read(body, type);
      } catch (IOException e) {
        throw new UncheckedIOException(text(), e);
      }
    }

    ApiError error() {
      return as(ErrorResponse.class).error();
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
    }
  }

  Response send(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Response post(String path, Object body, String... headers) {
    byte[] bytes =
        body instanceof String text
            ? text.getBytes(StandardCharsets.UTF_8)
            : Json.write(body).getBytes(StandardCharsets.UTF_8);
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send("POST", path, bytes, all);
  }

  /** Uploads a file whole, returning its SHA-256. */
  String upload(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String sha256 = Sha256.of(content);
    Response response = send("PUT", "/api/v1/files/" + sha256, content);
    if (response.status() != 201 && response.status() != 200) {
      throw new IllegalStateException("upload of " + file + ": " + response.text());
    }
    return sha256;
  }

  Response submit(JobCreateRequest request) {
    return post("/api/v1/jobs", request, "Idempotency-Key", UUID.randomUUID().toString());
  }

  Job job(String id) {
    Response response = get("/api/v1/jobs/" + id);
    if (response.status() != 200) {
      throw new IllegalStateException("GET job " + id + ": " + response.text());
    }
    return response.as(Job.class);
  }

  /** Waits for the job to show one of these statuses, and returns it then. */
  Job waitFor(String id, JobStatus... statuses) {
    Set<JobStatus> wanted = Set.of(statuses);
    Job[] last = new Job[1];
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .alias("job " + id + " to show " + wanted)
        .until(
            () -> {
              last[0] = job(id);
              return wanted.contains(last[0].status());
            });
    return last[0];
  }
}
