package dev.farmhand.farm.store;

import dev.farmhand.core.protocol.Role;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The API keys' hashes and whose they are. In the caller's transaction. */
public final class KeyRepository {

  /** Stores a key's hash. */
  public void add(Connection c, String keyHash, Principal principal) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO api_keys (hash, account, user, role) VALUES (?, ?, ?, ?)")) {
      Rows.bind(s, keyHash, principal.account(), principal.user(), principal.role().wireName());
      s.executeUpdate();
    }
  }

  /** Puts every stored key on the ring; returns how many there were. */
  public int loadInto(Connection c, KeyRing ring) throws SQLException {
    int count = 0;
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM api_keys");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        ring.addHash(
            rows.getString("hash"),
            new Principal(
                rows.getString("account"),
                rows.getString("user"),
                Role.parse(rows.getString("role"))));
        count++;
      }
    }
    return count;
  }
}
