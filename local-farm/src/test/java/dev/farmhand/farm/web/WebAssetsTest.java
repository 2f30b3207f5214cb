package dev.farmhand.farm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebAssetsTest {
  @Test
  void thePagesFilesAreServedWithTheirTypes() {
    assertThat(WebAssets.find("index.html").orElseThrow().contentType())
        .isEqualTo("text/html; charset=utf-8");
    assertThat(WebAssets.find("app.js").orElseThrow().contentType())
        .isEqualTo("text/javascript; charset=utf-8");
    assertThat(WebAssets.find("style.css").orElseThrow().contentType())
        .isEqualTo("text/css; charset=utf-8");
  }

  @Test
  void onlyPlainFileNamesOfThePageAreServed() {
    assertThat(WebAssets.find("../LocalFarm.class")).isEmpty();
    assertThat(WebAssets.find("..%2Fapi%2FWebApi.class")).isEmpty();
    assertThat(WebAssets.find("/etc/passwd")).isEmpty();
    assertThat(WebAssets.find("missing.js")).isEmpty();
    assertThat(WebAssets.find(null)).isEmpty();
  }

  @Test
  void thePageLoadsNothingFromOutsideTheFarmAndNoInlineScript() {
    for (String name :
        new String[] {
          "index.html",
          "app.js",
          "api.js",
          "controls.js",
          "jobs-table.js",
          "live.js",
          "job-page.js",
          "table-keys.js",
          "format.js",
          "style.css"
        }) {
      String text = new String(WebAssets.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
      assertThat(text).as(name).doesNotContain("http://", "https://", "innerHTML", "eval(");
    }
    String html =
        new String(WebAssets.find("index.html").orElseThrow().bytes(), StandardCharsets.UTF_8);
    assertThat(html.split("<script")).hasSize(2);
    assertThat(html).contains("<script type=\"module\" src=\"/web/assets/app.js\"></script>");
  }
}
