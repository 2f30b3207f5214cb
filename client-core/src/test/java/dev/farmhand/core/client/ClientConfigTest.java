package dev.farmhand.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.ClientConfig.Flags;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags, then variables, then the profile file; a stored key only goes to its own farm. */
class ClientConfigTest {
  @TempDir Path home;
  ProfileStore store;

  @BeforeEach
  void profiles() throws Exception {
    store = new ProfileStore(home.resolve("config.json"));
    store.save("other", new Profile(URI.create("http://other:2"), "k-other"));
    store.save("main", new Profile(URI.create("http://main:1"), "k-main"));
  }

  FarmSettings resolve(Map<String, String> env, Flags flags) throws Exception {
    return new ClientConfig(env, store).resolve(flags);
  }

  @Test
  void flagsWinOverVariablesWhichWinOverTheActiveProfile() throws Exception {
    Map<String, String> env =
        Map.of(
            "FARMHAND_FARM", "http://env:3", "FARMHAND_KEY", "k-env", "FARMHAND_DOWNLOADS", "/d");

    FarmSettings fromFlags = resolve(env, new Flags("http://flag:4/", "k-flag", null, "/r"));
    FarmSettings fromEnv = resolve(env, Flags.NONE);
    FarmSettings fromProfile = resolve(Map.of(), Flags.NONE);

    assertThat(fromFlags.farm()).hasToString("http://flag:4");
    assertThat(fromFlags.key()).isEqualTo("k-flag");
    assertThat(fromFlags.downloadRoot()).isEqualTo(Path.of("/r"));
    assertThat(fromEnv.farm()).hasToString("http://env:3");
    assertThat(fromEnv.keySource()).isEqualTo("FARMHAND_KEY");
    assertThat(fromEnv.downloadRoot()).isEqualTo(Path.of("/d"));
    assertThat(fromProfile.farm()).hasToString("http://main:1");
    assertThat(fromProfile.key()).isEqualTo("k-main");
    assertThat(fromProfile.farmSource()).isEqualTo("profile 'main'");
    assertThat(fromProfile.downloads()).isEmpty();
  }

  @Test
  void aNamedProfileIsUsedInsteadOfTheActiveOne() throws Exception {
    assertThat(resolve(Map.of(), new Flags(null, null, "other", null)).key()).isEqualTo("k-other");
    assertThatThrownBy(() -> resolve(Map.of(), new Flags(null, null, "nope", null)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "no profile 'nope' in "
                + store.file()
                + ": run farmhand login --profile nope --farm URL --key KEY, or use one of [main,"
                + " other]");
  }

  @Test
  void aFarmFromAFlagTakesTheKeyOfItsOwnProfileNeverAnotherFarmsKey() throws Exception {
    assertThat(resolve(Map.of(), new Flags("http://other:2", null, null, null)).key())
        .isEqualTo("k-other");
    assertThatThrownBy(() -> resolve(Map.of(), new Flags("http://stranger:9", null, null, null)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "no key for the farm at http://stranger:9: pass --key KEY, set FARMHAND_KEY, or run"
                + " farmhand login --farm http://stranger:9 --key KEY");
  }

  @Test
  void nothingGivenSaysWhereToGiveIt() {
    ProfileStore empty = new ProfileStore(home.resolve("none.json"));

    assertThatThrownBy(
            () -> new ClientConfig(Map.of("FARMHAND_FARM", " "), empty).resolve(Flags.NONE))
        .isInstanceOf(ConfigException.class)
        .hasMessage("no farm given: pass --farm URL, set FARMHAND_FARM, or run farmhand login");
    assertThatThrownBy(() -> resolve(Map.of("FARMHAND_FARM", "ftp://x"), Flags.NONE))
        .hasMessage("FARMHAND_FARM: farm URL must be http or https: ftp://x");
  }

  @Test
  void settingsNeverShowTheKey() throws Exception {
    FarmSettings settings = resolve(Map.of(), Flags.NONE);

    assertThat(settings.toString()).doesNotContain("k-main").contains("key=hidden");
    assertThat(new Profile(URI.create("http://f:1"), "k-x").toString()).doesNotContain("k-x");
  }
}
