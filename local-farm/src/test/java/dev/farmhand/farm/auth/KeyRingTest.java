package dev.farmhand.farm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Role;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRingTest {
  private final KeyRing ring = new KeyRing();
  private final Principal artist = new Principal("studio", "artist", Role.USER);

  @Test
  void anIssuedKeyAuthenticatesItsPrincipalBareOrAsABearerHeader() {
    String key = ring.issue(artist);

    assertThat(ring.authenticate(key)).contains(artist);
    assertThat(ring.authenticate("Bearer " + key)).contains(artist);
    assertThat(ring.authenticate("bearer  " + key + " ")).contains(artist);
  }

  @Test
  void anUnknownOrEmptyKeyAuthenticatesNobody() {
    ring.issue(artist);

    assertThat(ring.authenticate(ApiKeys.generate())).isEmpty();
    assertThat(ring.authenticate("Bearer ")).isEmpty();
    assertThat(ring.authenticate(null)).isEmpty();
  }

  @Test
  void keysAreRandomAndRecognisable() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(ApiKeys.generate());
    }

    assertThat(keys).hasSize(1000).allMatch(k -> k.matches("fh_[A-Za-z0-9_-]{43}"));
  }

  @Test
  void aStoredHashAuthenticatesTheKeyItCameFrom() {
    String key = ApiKeys.generate();
    ring.addHash(ApiKeys.hash(key), artist);

    assertThat(ring.authenticate(key)).contains(artist);
    assertThat(ApiKeys.hash(key)).doesNotContain(key).hasSize(64);
  }

  @Test
  void anAccountIsKnownOnceOneOfItsKeysIsOnTheRing() {
    assertThat(ring.hasAccount("studio")).isFalse();

    ring.issue(artist);

    assertThat(ring.hasAccount("studio")).isTrue();
    assertThat(ring.hasAccount("other")).isFalse();
  }
}
