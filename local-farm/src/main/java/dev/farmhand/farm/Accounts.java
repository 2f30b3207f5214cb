package dev.farmhand.farm;

import dev.farmhand.farm.auth.ApiKeys;
import dev.farmhand.farm.auth.Credentials;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.KeyRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The farm's accounts and keys across restarts: a new farm gets its first accounts, their keys'
 * hashes stored; {@code credentials.json} is rewritten at each start with the farm's addresses,
 * keeping the keys it holds. Lost keys cannot be read back (only hashes are kept): a farm whose
 * credentials.json was deleted issues new keys for the same users.
 */
final class Accounts {
  private final Database database;
  private final KeyRing keys;
  private final Path file;
  private final KeyRepository repository = new KeyRepository();

  Accounts(Database database, KeyRing keys, Path file) {
    this.database = database;
    this.keys = keys;
    this.file = file;
  }

  /** Puts the stored keys on the ring. */
  void load() {
    database.transaction(c -> repository.loadInto(c, keys));
  }

  /** Writes credentials.json for a farm at these addresses, making keys where needed. */
  Credentials publish(String url, String mqttUrl) throws IOException {
    Credentials credentials = null;
    if (Files.exists(file)) {
      Credentials old = Credentials.read(file);
      boolean valid =
          old.accounts().stream()
              .flatMap(a -> a.keys().stream())
              .allMatch(k -> keys.authenticate(k.key()).isPresent());
      if (valid && !old.accounts().isEmpty()) {
        credentials = new Credentials(url, mqttUrl, old.accounts());
      }
    }
    if (credentials == null) {
      KeyRing fresh = new KeyRing();
      credentials = Credentials.firstAccounts(url, mqttUrl, fresh);
      Credentials made = credentials;
      database.transaction(
          c -> {
            for (Credentials.Account account : made.accounts()) {
              for (Credentials.Key key : account.keys()) {
                Principal who = new Principal(account.name(), key.user(), key.role());
                repository.add(c, ApiKeys.hash(key.key()), who);
                keys.addHash(ApiKeys.hash(key.key()), who);
              }
            }
            return null;
          });
    }
    credentials.write(file);
    return credentials;
  }
}
