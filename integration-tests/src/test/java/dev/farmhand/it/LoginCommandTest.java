package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code farmhand login} checks the key with the farm and stores a profile that later commands use
 * without flags. The profile file goes under {@code user.home}, pointed at a temporary folder here.
 */
class LoginCommandTest {
  @TempDir Path data;
  @TempDir Path home;
  private String realHome;

  @BeforeEach
  void useATemporaryHome() {
    Assumptions.assumeTrue(
        System.getenv("XDG_CONFIG_HOME") == null
            && System.getenv("FARMHAND_FARM") == null
            && System.getenv("FARMHAND_KEY") == null,
        "the environment chooses the farm or the config folder");
    realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
  }

  @AfterEach
  void restoreHome() {
    if (realHome != null) {
      System.setProperty("user.home", realHome);
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void aCheckedKeyIsStoredOwnerOnlyAndUsedWithoutFlags() throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
      String key = farm.credentials().key("studio", "artist");

      CliRun login = run("login", "--farm", farm.url(), "--key", key);
      CliRun jobs = run("jobs");

      Path config = home.resolve(".config/farmhand/config.json");
      assertThat(login.exit()).isZero();
      assertThat(login.out())
          .startsWith("logged in to " + farm.url() + " as artist (account studio, user)")
          .doesNotContain(key);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
          .isEqualTo("rw-------");
      assertThat(jobs.exit()).isZero();
      assertThat(jobs.out()).isEqualTo("no jobs yet\n");
    }
  }

  @Test
  void aWrongKeyIsNotStored() throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1))) {
      CliRun login = run("login", "--farm", farm.url(), "--key", "fh_not-a-key");

      assertThat(login.exit()).isEqualTo(4);
      assertThat(login.err()).contains("does not know this key");
      assertThat(home.resolve(".config/farmhand/config.json")).doesNotExist();
    }
  }

  @Test
  void withoutAFarmAnywhereTheMessageSaysWhereToGiveOne() {
    CliRun jobs = run("jobs");

    assertThat(jobs.exit()).isEqualTo(2);
    assertThat(jobs.err()).startsWith("farmhand: no farm").contains("farmhand login");
  }
}
