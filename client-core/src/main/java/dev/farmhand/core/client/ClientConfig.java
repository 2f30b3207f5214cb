package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the farm, the key and the download root as the command line documents it, first found
 * wins: the flags {@code --farm}/{@code --key}; the variables {@code FARMHAND_FARM}/{@code
 * FARMHAND_KEY}; the profile named by {@code --profile}, else the active profile, of the per-user
 * config file. {@code --download-root}, then {@code FARMHAND_DOWNLOADS}, sets the download root.
 *
 * <p>A key from a profile is only used with that profile's own farm: with a farm from a flag or the
 * environment, the profile for that farm is used (the active one first), and if none is for it, the
 * key must come from a flag or the environment. So a stored key never goes to another farm. Blank
 * flags and variables count as absent. Thread-safe.
 */
public final class ClientConfig {
  /** The flags of one command; each may be absent (null). */
  public record Flags(
      @Nullable String farm,
      @Nullable String key,
      @Nullable String profile,
      @Nullable String downloadRoot) {
    /** No flags. */
    public static final Flags NONE = new Flags(null, null, null, null);
  }

  private final Map<String, String> env;
  private final ProfileStore store;

  public ClientConfig(Map<String, String> env, ProfileStore store) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.store = Objects.requireNonNull(store, "store");
  }

  /** This process's environment and the user's config file. */
  public static ClientConfig fromEnvironment() {
    return new ClientConfig(System.getenv(), ProfileStore.forUser());
  }

  /**
   * The settings for these flags.
   *
   * @throws ConfigException if no farm or no key is found, a URL is bad, or the named profile does
   *     not exist; the message says where to give it
   * @throws IOException if the config file cannot be read or is damaged
   */
  public FarmSettings resolve(Flags flags) throws ConfigException, IOException {
    Profiles profiles = store.load();
    String profileName = present(flags.profile());
    Profile chosen = null;
    if (profileName != null) {
      chosen =
          profiles
              .get(profileName)
              .orElseThrow(
                  () ->
                      new ConfigException(
                          "no profile '"
                              + profileName
                              + "' in "
                              + store.file()
                              + ": run farmhand login --profile "
                              + profileName
                              + " --farm URL --key KEY"
                              + (profiles.profiles().isEmpty()
                                  ? ""
                                  : ", or use one of " + profiles.profiles().keySet())));
    }
    String chosenName = profileName != null ? profileName : profiles.active();
    if (chosen == null) {
      chosen = profiles.activeProfile().orElse(null);
    }

    URI farm;
    String farmSource;
    if (present(flags.farm()) != null) {
      farm = url(flags.farm(), "--farm");
      farmSource = "--farm";
    } else if (present(env.get("FARMHAND_FARM")) != null) {
      farm = url(env.get("FARMHAND_FARM"), "FARMHAND_FARM");
      farmSource = "FARMHAND_FARM";
    } else if (chosen != null) {
      farm = url(chosen.farm().toString(), "profile '" + chosenName + "' in " + store.file());
      farmSource = "profile '" + chosenName + "'";
    } else {
      throw new ConfigException(
          "no farm given: pass --farm URL, set FARMHAND_FARM, or run farmhand login");
    }

    String key;
    String keySource;
    if (present(flags.key()) != null) {
      key = flags.key().strip();
      keySource = "--key";
    } else if (present(env.get("FARMHAND_KEY")) != null) {
      key = env.get("FARMHAND_KEY").strip();
      keySource = "FARMHAND_KEY";
    } else {
      Map.Entry<String, Profile> forFarm = profileFor(farm, chosenName, chosen, profiles);
      if (forFarm == null) {
        throw new ConfigException(
            "no key for the farm at "
                + farm
                + ": pass --key KEY, set FARMHAND_KEY, or run farmhand login --farm "
                + farm
                + " --key KEY");
      }
      key = forFarm.getValue().key();
      keySource = "profile '" + forFarm.getKey() + "'";
    }
    try {
      FarmClient.builder().key(key);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(keySource + ": " + e.getMessage(), e);
    }

    String root = present(flags.downloadRoot());
    if (root == null) {
      root = present(env.get("FARMHAND_DOWNLOADS"));
    }
    return new FarmSettings(
        farm, key, root == null ? null : Path.of(root).toAbsolutePath(), farmSource, keySource);
  }

  private static Map.Entry<String, Profile> profileFor(
      URI farm, @Nullable String chosenName, @Nullable Profile chosen, Profiles profiles) {
    if (chosen != null && sameFarm(chosen.farm(), farm)) {
      return Map.entry(chosenName, chosen);
    }
    Optional<Map.Entry<String, Profile>> any =
        profiles.profiles().entrySet().stream()
            .filter(e -> sameFarm(e.getValue().farm(), farm))
            .min(Map.Entry.comparingByKey());
    return any.orElse(null);
  }

  private static boolean sameFarm(URI a, URI b) {
    return strip(a.toString()).equalsIgnoreCase(strip(b.toString()));
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static URI url(String text, String source) throws ConfigException {
    try {
      return FarmClient.builder().farm(text).farmUrl();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(source + ": " + e.getMessage(), e);
    }
  }

  private static @Nullable String present(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
