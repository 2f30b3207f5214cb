package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Nullable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The per-user config file's content: named profiles and which one is active. On disk: {@code
 * {"active": "default", "profiles": {"default": {"farm": "http://…", "key": "…"}}}}. Immutable.
 *
 * @param active the profile used when none is named; absent when there is none
 * @param profiles the profiles by name, in name order
 */
public record Profiles(@Nullable String active, Map<String, Profile> profiles) {
  /** No profiles at all: what a missing file holds. */
  public static final Profiles NONE = new Profiles(null, Map.of());

  public Profiles {
    profiles =
        Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(profiles, "profiles")));
  }

  /** The profile of that name. */
  public Optional<Profile> get(String name) {
    return Optional.ofNullable(profiles.get(name));
  }

  /** The active profile, if there is one. */
  public Optional<Profile> activeProfile() {
    return active == null ? Optional.empty() : get(active);
  }

  /** These profiles with {@code profile} stored under {@code name}, made the active one. */
  public Profiles with(String name, Profile profile) {
    Map<String, Profile> next = new TreeMap<>(profiles);
    next.put(name, profile);
    return new Profiles(name, next);
  }
}
