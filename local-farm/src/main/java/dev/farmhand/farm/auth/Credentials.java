package dev.farmhand.farm.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;

/**
 * What {@code farmhand farm start} writes to {@code DIR/credentials.json} so that a person or a
 * test can reach a new farm at once: its addresses and a key for every user of every account. The
 * file is readable by its owner only.
 *
 * @param farm the REST base URL
 * @param mqtt the MQTT broker URL
 * @param accounts the accounts, each with its users' keys
 */
public record Credentials(String farm, String mqtt, List<Account> accounts) {
  public Credentials {
    Objects.requireNonNull(farm, "farm");
    Objects.requireNonNull(mqtt, "mqtt");
    accounts = List.copyOf(accounts);
  }

  /**
   * One account.
   *
   * @param name the account's name
   * @param keys a key for each of its users
   */
  public record Account(String name, List<Key> keys) {
    public Account {
      Objects.requireNonNull(name, "name");
      keys = List.copyOf(keys);
    }
  }

  /**
   * One user's key.
   *
   * @param user the user
   * @param role what the key may do
   * @param key the key itself
   */
  public record Key(String user, Role role, String key) {
    public Key {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(key, "key");
    }

    /** Hides the key, so a log line never carries it. */
    @Override
    public String toString() {
      return "Key[user=" + user + ", role=" + role.wireName() + ", key=fh_…]";
    }
  }

  /**
   * The accounts a new farm has: {@code studio} with an admin and a user, and {@code other} with
   * one user, so isolation between accounts can be tried at once. Their keys are issued on {@code
   * ring}.
   */
  public static Credentials firstAccounts(String farm, String mqtt, KeyRing ring) {
    return new Credentials(
        farm,
        mqtt,
        List.of(
            new Account(
                "studio",
                List.of(
                    key(ring, "studio", "lead", Role.ADMIN),
                    key(ring, "studio", "artist", Role.USER))),
            new Account("other", List.of(key(ring, "other", "artist", Role.USER)))));
  }

  private static Key key(KeyRing ring, String account, String user, Role role) {
    return new Key(user, role, ring.issue(new Principal(account, user, role)));
  }

  /** The key of this account's user. */
  public String key(String account, String user) {
    return accounts.stream()
        .filter(a -> a.name().equals(account))
        .flatMap(a -> a.keys().stream())
        .filter(k -> k.user().equals(user))
        .map(Key::key)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no user '" + user + "' in account '" + account + "'"));
  }

  /** Writes the file, readable by its owner only, replacing the one there was. */
  public void write(Path file) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(temporary);
    }
    Files.write(temporary, mapper().writeValueAsBytes(this));
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads a file written by {@link #write}. */
  public static Credentials read(Path file) throws IOException {
    return mapper().readValue(file.toFile(), Credentials.class);
  }

  private static ObjectMapper mapper() {
    return Json.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }
}
