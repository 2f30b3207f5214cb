package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmUnreachableException;
import dev.farmhand.core.client.UnexpectedAnswerException;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client when the farm is down or is not a farm at all. */
class FarmClientFailuresTest {
  @TempDir Path data;

  @Test
  void aStoppedFarmIsUnreachableAndTheMessageNamesItsUrl() throws Exception {
    LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    String url = farm.url();
    String key = farm.credentials().key("studio", "artist");
    try (FarmClient client = FarmClient.builder().farm(url).key(key).retries(Farms.QUICK).build()) {
      assertThat(client.me().account()).isEqualTo("studio");
      farm.close();

      assertThatThrownBy(client::me)
          .isInstanceOfSatisfying(
              FarmUnreachableException.class, e -> assertThat(e.farm()).hasToString(url))
          .hasMessageStartingWith("cannot reach the farm at " + url + ": is it running?")
          .hasMessageNotContaining(key);
    }
  }

  @Test
  void aServerAnsweringGarbageIsReportedWithItsUrlStatusAndBody() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] page = "<html><body>It works!</body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    try (FarmClient client = FarmClient.builder().farm(url).key("k-123").build()) {
      assertThatThrownBy(client::me)
          .isInstanceOfSatisfying(
              UnexpectedAnswerException.class, e -> assertThat(e.status()).isEqualTo(200))
          .hasMessageStartingWith(
              "the farm at "
                  + url
                  + " answered GET /api/v1/me with HTTP 200 and a body that is"
                  + " not a valid Me")
          .hasMessageContaining("it starts \"<html><body>It works!</body></html>\"");
    } finally {
      server.stop(0);
    }
  }
}
