package dev.farmhand.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile file: where it is, owner-only, written whole or not at all. */
class ProfileStoreTest {
  @TempDir Path home;

  @Test
  void theFileIsUnderXdgConfigHomeElseUnderDotConfig() {
    assertThat(ProfileStore.forUser(Map.of("XDG_CONFIG_HOME", "/x/cfg"), home).file())
        .isEqualTo(Path.of("/x/cfg/farmhand/config.json"));
    assertThat(ProfileStore.forUser(Map.of("XDG_CONFIG_HOME", "relative"), home).file())
        .isEqualTo(home.resolve(".config/farmhand/config.json"));
    assertThat(ProfileStore.forUser(Map.of(), home).file())
        .isEqualTo(home.resolve(".config/farmhand/config.json"));
  }

  @Test
  void aSavedProfileIsOwnerOnlyActiveAndKeepsTheOthers() throws Exception {
    ProfileStore store = ProfileStore.forUser(Map.of(), home);
    store.save("a", new Profile(URI.create("http://a:1"), "k-a"));
    store.save("b", new Profile(URI.create("http://b:2"), "k-b"));

    Profiles loaded = store.load();
    assertThat(loaded.active()).isEqualTo("b");
    assertThat(loaded.profiles()).containsOnlyKeys("a", "b");
    assertThat(loaded.get("a").orElseThrow().key()).isEqualTo("k-a");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(store.file()))
        .contains("\"active\":\"b\"")
        .contains("\"profiles\":{\"a\":{\"farm\":\"http://a:1\",\"key\":\"k-a\"}");
  }

  @Test
  void aWriteLeavesNoTemporaryFileAndAFailedWriteLeavesTheOldFile() throws Exception {
    ProfileStore store = new ProfileStore(home.resolve("farmhand/config.json"));
    store.save("a", new Profile(URI.create("http://a:1"), "k-a"));
    String before = Files.readString(store.file());
    Path dir = store.file().getParent();

    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
    try {
      if (!Files.isWritable(dir)) { // root may write anyway
        assertThatThrownBy(() -> store.save("b", new Profile(URI.create("http://b:2"), "k-b")))
            .isInstanceOf(IOException.class);
      }
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
    if (!store.load().profiles().containsKey("b")) {
      assertThat(Files.readString(store.file())).isEqualTo(before);
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(store.file());
    }
  }

  @Test
  void aDamagedFileIsNamedWithHowToFixIt() throws Exception {
    ProfileStore store = new ProfileStore(home.resolve("config.json"));
    Files.writeString(store.file(), "{\"profiles\": {\"a\": {\"farm\": \"http://a:1\"}}}");

    assertThatThrownBy(store::load)
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the config file " + store.file() + " is damaged (")
        .hasMessageContaining("key")
        .hasMessageEndingWith("): fix it, or delete it and run farmhand login again");
  }

  @Test
  void aMissingFileHoldsNoProfiles() throws Exception {
    assertThat(new ProfileStore(home.resolve("none.json")).load()).isEqualTo(Profiles.NONE);
  }
}
