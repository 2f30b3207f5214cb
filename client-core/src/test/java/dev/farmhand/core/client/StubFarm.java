package dev.farmhand.core.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A tiny in-process HTTP server that answers from a script, one answer per request in order (the
 * last one again when the script runs out), and records what it was sent.
 */
final class StubFarm implements AutoCloseable {
  /** One scripted answer. */
  record Answer(int status, String body, Map<String, String> headers, Duration delay) {
    static Answer json(int status, String body) {
      return new Answer(status, body, Map.of("Content-Type", "application/json"), Duration.ZERO);
    }

    static Answer error(int status, String code, String message) {
      return json(
          status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    Answer with(String header, String value) {
      Map<String, String> more = new java.util.HashMap<>(headers);
      more.put(header, value);
      return new Answer(status, body, more, delay);
    }

    Answer after(Duration wait) {
      return new Answer(status, body, headers, wait);
    }
  }

  /** One request as received. */
  record Request(String method, String path, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor =
      java.util.concurrent.Executors.newCachedThreadPool();
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Request> requests = new ArrayList<>();
  private Answer last;

  StubFarm() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Answer answer;
          synchronized (this) {
            requests.add(
                new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(),
                    body));
            answer = script.isEmpty() ? last : script.poll();
            last = answer;
          }
          try {
            Thread.sleep(answer.delay().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          boolean head = exchange.getRequestMethod().equals("HEAD");
          exchange.sendResponseHeaders(
              answer.status(), head || bytes.length == 0 ? -1 : bytes.length);
          if (!head && bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.setExecutor(executor);
    server.start();
  }

  synchronized StubFarm answer(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
