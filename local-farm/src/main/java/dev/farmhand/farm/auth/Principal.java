package dev.farmhand.farm.auth;

import dev.farmhand.core.protocol.Role;
import java.util.Objects;

/**
 * Who a request comes from: the holder of one API key.
 *
 * @param account the account the key belongs to; it sees that account's jobs and no other's
 * @param user the key's user, within the account
 * @param role what the key may do
 */
public record Principal(String account, String user, Role role) {
  public Principal {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
  }

  /** True for an account's admins, who alone may Set Priority. */
  public boolean admin() {
    return role == Role.ADMIN;
  }
}
