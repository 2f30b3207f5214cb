package dev.farmhand.it.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The web page as a person uses it: what they click and read, by the page's own labels. */
public final class MyJobsPage {
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ChromeDriver driver;
  private final String url;

  public MyJobsPage(WebBrowser browser, String url) {
    this.driver = browser.driver();
    this.url = url;
  }

  /** Opens the farm's page in a browser with no session, showing the login form. */
  public MyJobsPage open() {
    driver.get(url + "/");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    await().atMost(PATIENCE).until(() -> driver.findElement(By.id("login-key")).isDisplayed());
    return this;
  }

  /** Types the key and presses Log in. */
  public void typeKey(String key) {
    WebElement field = driver.findElement(By.id("login-key"));
    field.clear();
    field.sendKeys(key);
    driver.findElement(By.id("login-submit")).click();
  }

  /** Logs in and waits for the table to show the account's jobs. */
  public MyJobsPage logIn(String key) {
    typeKey(key);
    await()
        .atMost(PATIENCE)
        .until(() -> driver.findElement(By.tagName("body")).getAttribute("data-rendered") != null);
    return this;
  }

  public String loginError() {
    return driver.findElement(By.id("login-error")).getText();
  }

  public boolean loginShown() {
    return driver.findElement(By.id("login")).isDisplayed();
  }

  public WebElement row(String jobId) {
    return driver.findElement(By.id("job-" + jobId));
  }

  public String status(String jobId) {
    return row(jobId).findElement(By.cssSelector(".status")).getText();
  }

  public String cell(String jobId, int column) {
    return row(jobId).findElements(By.tagName("td")).get(column).getText();
  }

  public void waitForStatus(String jobId, String label) {
    await()
        .atMost(PATIENCE)
        .alias("job " + jobId + " to show " + label)
        .until(
            () ->
                !driver.findElements(By.id("job-" + jobId)).isEmpty()
                    && status(jobId).equals(label));
  }

  /** Clicks a row's status cell (not its title link), with the keys held. */
  public void click(String jobId, Keys... held) {
    WebElement cell = row(jobId).findElements(By.tagName("td")).get(0);
    Actions actions = new Actions(driver);
    for (Keys key : held) {
      actions.keyDown(key);
    }
    actions.click(cell);
    for (Keys key : held) {
      actions.keyUp(key);
    }
    actions.perform();
  }

  public void rightClick(String jobId) {
    new Actions(driver).contextClick(row(jobId).findElements(By.tagName("td")).get(2)).perform();
  }

  public boolean selected(String jobId) {
    return "true".equals(row(jobId).getAttribute("aria-selected"));
  }

  /** The items of the open context menu, by their text. */
  public List<WebElement> menuItems() {
    return driver.findElements(By.cssSelector("#menu [role=menuitem]"));
  }

  public WebElement menuItem(String label) {
    return menuItems().stream()
        .filter(item -> item.getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the menu has no '" + label + "'"));
  }

  public List<String> toolbar() {
    return driver.findElements(By.cssSelector("#toolbar button")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public WebElement toolbarButton(String label) {
    return driver.findElements(By.cssSelector("#toolbar button")).stream()
        .filter(b -> b.getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the toolbar has no '" + label + "'"));
  }

  public String outcome() {
    return driver.findElement(By.id("outcome")).getText();
  }

  public ChromeDriver driver() {
    return driver;
  }
}
