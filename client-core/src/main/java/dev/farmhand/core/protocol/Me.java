package dev.farmhand.core.protocol;

import java.util.Objects;

/**
 * Who an API key is: the answer of {@code GET /api/v1/me}. Immutable.
 *
 * @param account the account the key belongs to; every job it sees is this account's
 * @param user the person or robot the key was issued to
 * @param role what the key may do
 */
public record Me(String account, String user, Role role) {
  public Me {
    WireChecks.id(account, "account");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
  }
}
