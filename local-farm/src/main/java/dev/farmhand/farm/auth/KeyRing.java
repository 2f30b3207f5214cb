package dev.farmhand.farm.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The farm's API keys, held as hashes only, each with the principal it stands for. Thread-safe. */
public final class KeyRing {
  private final Map<String, Principal> byHash = new ConcurrentHashMap<>();

  /** Adds a key that already exists, known by its hash (as the farm stores it). */
  public void addHash(String keyHash, Principal principal) {
    byHash.put(keyHash, principal);
  }

  /**
   * Makes a new key for this principal.
   *
   * @return the key; this is the only time it is seen, so hand it over now
   */
  public String issue(Principal principal) {
    String key = ApiKeys.generate();
    addHash(ApiKeys.hash(key), principal);
    return key;
  }

  /**
   * Who holds this key, from a bare key or an {@code Authorization: Bearer …} header's value.
   *
   * @return the principal, or empty when the key is missing or unknown
   */
  public Optional<Principal> authenticate(String keyOrHeader) {
    if (keyOrHeader == null) {
      return Optional.empty();
    }
    String key = keyOrHeader.strip();
    if (key.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = key.substring(7).strip();
    }
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byHash.get(ApiKeys.hash(key)));
  }

  /** True when at least one key belongs to this account. */
  public boolean hasAccount(String account) {
    return byHash.values().stream().anyMatch(p -> p.account().equals(account));
  }

  /** How many keys the ring holds. */
  public int size() {
    return byHash.size();
  }
}
