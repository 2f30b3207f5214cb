package dev.farmhand.core.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.RetrySettings;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.OutputPage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntPredicate;

/**
 * A tiny in-process farm serving one job's outputs as the protocol says ({@code Range}, 206, {@code
 * ETag}), with faults a real farm does not make on purpose: wrong bytes, {@code Range} ignored, a
 * pause mid-file. Records the {@code Range} of each download and every request line.
 */
final class OutputFarm implements AutoCloseable {
  static final String JOB = "j-1";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, byte[]> contents = new LinkedHashMap<>();
  private final List<Output> outputs = new ArrayList<>();
  private final List<String> ranges = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();
  private volatile String outputDir;
  volatile IntPredicate damaged = n -> false;
  volatile boolean ignoreRange;
  volatile Runnable midFile;

  OutputFarm() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Random bytes of this size, seeded by the path. */
  static byte[] bytes(String path, int size) {
    byte[] bytes = new byte[size];
    new Random(path.hashCode()).nextBytes(bytes);
    return bytes;
  }

  synchronized OutputFarm output(String path, byte[] content) {
    String sha = Sha256.of(content);
    contents.put(sha, content);
    outputs.add(new Output(path, content.length, sha, "t-0000", null));
    return this;
  }

  OutputFarm outputDir(String dir) {
    this.outputDir = dir;
    return this;
  }

  synchronized List<String> ranges() {
    return List.copyOf(ranges);
  }

  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  FarmClient client() {
    return FarmClient.builder()
        .farm("http://127.0.0.1:" + server.getAddress().getPort())
        .key("fh_test")
        .retries(new RetrySettings(1, Duration.ZERO, Duration.ZERO))
        .build();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String base = "/api/v1/jobs/" + JOB;
    int count;
    synchronized (this) {
      requests.add(exchange.getRequestMethod() + " " + path);
      count = (int) requests.stream().filter(r -> r.contains("/outputs/")).count();
    }
    if (path.equals(base)) {
      json(exchange, job(false));
    } else if (path.equals(base + "/downloaded")) {
      json(exchange, job(true));
    } else if (path.equals(base + "/outputs")) {
      json(exchange, Json.write(new OutputPage(outputs, null)));
    } else if (path.startsWith(base + "/outputs/")) {
      serve(exchange, contents.get(path.substring(path.lastIndexOf('/') + 1)), count);
    } else {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange, byte[] content, int count) throws IOException {
    String range = exchange.getRequestHeaders().getFirst("Range");
    synchronized (this) {
      ranges.add(range == null ? "none" : range);
    }
    byte[] body = content.clone();
    if (damaged.test(count)) {
      body[body.length / 2] ^= 1;
    }
    int from = 0;
    exchange.getResponseHeaders().add("ETag", "\"" + Sha256.of(content) + "\"");
    if (range != null && !ignoreRange) {
      from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
      exchange
          .getResponseHeaders()
          .add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
      exchange.sendResponseHeaders(206, body.length - from);
    } else {
      exchange.sendResponseHeaders(200, body.length);
    }
    try (OutputStream out = exchange.getResponseBody()) {
      int half = from + (body.length - from) / 2;
      out.write(body, from, half - from);
      out.flush();
      Runnable pause = midFile;
      if (pause != null) {
        pause.run();
      }
      out.write(body, half, body.length - half);
    } catch (IOException e) {
      // the client hung up (a cancelled download)
    }
  }

  private String job(boolean downloaded) {
    String dir = outputDir == null ? "" : ",\"output_dir\":" + Json.write(outputDir);
    return "{\"id\":\""
        + JOB
        + "\",\"title\":\"t\",\"status\":\""
        + (downloaded ? "downloaded" : "success")
        + "\",\"priority\":50,\"preemptible\":false,\"retries\":{\"preempted\":0,\"failed\":0},"
        + "\"flags\":{\"sync\":\"synced\",\"held\":false,\"killed\":false,\"completed\":false,"
        + "\"downloaded\":"
        + downloaded
        + ",\"reviewed\":false},\"scene\":\"s.fhscene\",\"renderer\":\"sample\",\"frames\":\"1\","
        + "\"chunk\":1,\"user\":\"ana\",\"submitted_at\":\"2025-03-01T12:00:00Z\""
        + dir
        + ",\"stats\":{\"frames_total\":1,\"frames_done\":1,\"frames_failed\":0,"
        + "\"frames_running\":0,\"frames_holding\":0,\"render_seconds\":0,\"elapsed_seconds\":0},"
        + "\"metadata\":{}}";
  }

  private static void json(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
