package dev.farmhand.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.protocol.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Logging in and out of the farm's web page in headless Chromium, and what a session cannot reach:
 * a wrong key, the cookie's attributes, log out, another account's job by its id.
 */
class WebLoginTest extends PageOnAFarm {
  @Test
  void aWrongKeyIsToldSoAndShowsNoJobs() {
    page.typeKey("not-a-key-of-this-farm");
    await().atMost(MyJobsPage.PATIENCE).until(() -> !page.loginError().isEmpty());
    assertThat(page.loginError())
        .isEqualTo(
            "Wrong key: this key is not known to the farm: check it, or ask for a key from"
                + " credentials.json");
    assertThat(page.loginShown()).isTrue();
    assertThat(page.driver().findElement(By.id("app")).isDisplayed()).isFalse();
    browser.screenshot("login-wrong-key");
  }

  @Test
  void logOutShowsTheLoginAgainAndTheOldCookieNoLongerWorks() throws Exception {
    page.logIn(key("studio", "artist"));
    org.openqa.selenium.Cookie cookie = page.driver().manage().getCookieNamed("farmhand_session");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Strict");
    assertThat(page.driver().executeScript("return document.cookie")).isEqualTo("");

    page.driver().findElement(By.id("logout")).click();
    await().atMost(MyJobsPage.PATIENCE).until(page::loginShown);
    assertThat(page.loginError()).isEqualTo("You are logged out.");
    java.net.http.HttpResponse<String> old =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(farm.url() + "/api/v1/jobs"))
                    .header("Cookie", "farmhand_session=" + cookie.getValue())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(old.statusCode()).isEqualTo(401);
    page.driver().navigate().refresh();
    await().atMost(MyJobsPage.PATIENCE).until(page::loginShown);
  }

  @Test
  void anotherAccountsJobCannotBeReachedByChangingTheIdInTheAddress() throws Exception {
    Job theirs = studio.submit("studio secret", "noop", "1", null, 10);
    page.logIn(key("other", "artist"));
    assertThat(page.driver().findElements(By.id("job-" + theirs.id()))).isEmpty();
    page.driver().get(farm.url() + "/#/jobs/" + theirs.id());
    await()
        .atMost(MyJobsPage.PATIENCE)
        .until(() -> !page.driver().findElement(By.id("job-error")).getText().isEmpty());
    assertThat(page.driver().findElement(By.id("job-error")).getText())
        .isEqualTo("no job '" + theirs.id() + "' in this account: list the jobs to see their ids");
    assertThat(page.driver().findElement(By.id("job-title")).getText()).isEqualTo(theirs.id());
    assertThat(page.driver().findElements(By.cssSelector("#tasks tr"))).isEmpty();
  }
}
