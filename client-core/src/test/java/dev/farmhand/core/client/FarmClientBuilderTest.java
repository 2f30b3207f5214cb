package dev.farmhand.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.StubFarm.Answer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder checks each setting at once; the client sends what the protocol asks. */
class FarmClientBuilderTest {
  static final String ME = RetryTest.ME;

  @Test
  void eachBadSettingIsRefusedWithWhatToDo() {
    FarmClientBuilder b = FarmClient.builder();
    assertThatThrownBy(() -> b.farm("ftp://x"))
        .hasMessage("farm URL must be http or https: ftp://x");
    assertThatThrownBy(() -> b.farm("http:///x"))
        .hasMessage("farm URL has no host: http:///x; write it as http://HOST:PORT");
    assertThatThrownBy(() -> b.farm("http://ana:pw@farm:80"))
        .hasMessageStartingWith("farm URL must not hold a user or password")
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> b.farm("http://farm/ x"))
        .hasMessage("farm URL is not a URL: http://farm/ x; write it as http://HOST:PORT");
    assertThatThrownBy(() -> b.key("abc def"))
        .hasMessage(
            "the key has a space, line break or non-ASCII character at position 4: paste it"
                + " exactly as the farm issued it")
        .hasMessageNotContaining("abc");
    assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO))
        .hasMessage("connect timeout must be positive: PT0S");
    assertThatThrownBy(() -> b.maxConnections(0)).hasMessage("maxConnections must be 1 to 1024: 0");
    assertThatThrownBy(() -> b.build())
        .hasMessage("no farm given: pass --farm URL, set FARMHAND_FARM, or run farmhand login");
    assertThatThrownBy(
            () -> FarmClient.builder().farm("http://f:1").key("k").maxConnections(4).build())
        .hasMessage(
            "maxConnectionsPerRoute (16) is more than maxConnections (4): raise maxConnections"
                + " or lower the other");
  }

  @Test
  void theKeyIsNeverShown() throws Exception {
    FarmClientBuilder builder = FarmClient.builder().farm("http://127.0.0.1:9/").key("k-secret");
    try (FarmClient client = builder.build()) {
      assertThat(builder.toString()).doesNotContain("k-secret");
      assertThat(client.toString()).isEqualTo("FarmClient[http://127.0.0.1:9, key hidden]");
    }
  }

  @Test
  void requestsCarryTheBearerKeyAndAskForNoCompression() throws Exception {
    try (StubFarm stub = new StubFarm().answer(Answer.json(200, ME));
        FarmClient client = FarmClient.builder().farm(stub.url()).key("k-secret").build()) {
      client.me();
      StubFarm.Request request = stub.requests().get(0);
      assertThat(request.header("Authorization")).isEqualTo("Bearer k-secret");
      assertThat(request.header("Accept-Encoding")).isNull();
    }
  }

  @Test
  void anUploadPartHasAContentRangeAndAKnownLengthNeverChunked() throws Exception {
    String sha = "c".repeat(64);
    String status = "{\"sha256\":\"" + sha + "\",\"size\":10,\"received\":7,\"complete\":false}";
    InputStream unmarkable =
        new java.io.FilterInputStream(new ByteArrayInputStream(new byte[4])) {
          @Override
          public boolean markSupported() {
            return false;
          }
        };
    try (StubFarm stub = new StubFarm().answer(Answer.json(200, status));
        FarmClient client = FarmClient.builder().farm(stub.url()).key("k").build()) {
      assertThat(client.upload(sha, 10, 3, unmarkable, 4).received()).isEqualTo(7);
      StubFarm.Request put = stub.requests().get(0);
      assertThat(put.method()).isEqualTo("PUT");
      assertThat(put.header("Content-Range")).isEqualTo("bytes 3-6/10");
      assertThat(put.header("Content-Length")).isEqualTo("4");
      assertThat(put.header("Transfer-Encoding")).isNull();
      assertThat(put.body()).hasSize(4);
    }
  }

  @Test
  void aVariantFromNewBuilderKeepsWorkingWhenTheOriginalCloses() throws Exception {
    try (StubFarm stub = new StubFarm().answer(Answer.json(200, ME))) {
      FarmClient first = FarmClient.builder().farm(stub.url()).key("k-1").build();
      FarmClient second = first.newBuilder().key("k-2").build();
      first.me();
      first.close();
      second.me();
      second.close();
      first.close();
      assertThat(stub.requests())
          .extracting(r -> r.header("Authorization"))
          .containsExactly("Bearer k-1", "Bearer k-2");
    }
  }
}
