package dev.farmhand.farm.notices;

import dev.farmhand.core.protocol.Topics;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded broker and what they may do there, as docs/protocol.md says:
 *
 * <ul>
 *   <li>the username is an account name and the password an API key of that account;
 *   <li>the client id starts with {@code fh-{account}-}, is at most 64 characters, and is not
 *       claimed by a longer account name ({@code fh-studio-x-…} belongs to account {@code
 *       studio-x}, never to {@code studio}), so one account cannot take over another's session;
 *   <li>a client subscribes only to filters under {@code farmhand/v1/accounts/{account}/}: the
 *       first four levels are literal, so no wildcard reaches another account;
 *   <li>a client publishes nothing: only the farm does, from inside the broker.
 * </ul>
 *
 * Keys are never logged. Thread-safe.
 */
final class AccountAccess implements IAuthenticator, IAuthorizatorPolicy {
  /** The longest client id the broker accepts. */
  static final int MAX_CLIENT_ID_LENGTH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(AccountAccess.class);

  private final KeyRing keys;

  AccountAccess(KeyRing keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The prefix every client id of the account starts with. */
  static String clientIdPrefix(String account) {
    return "fh-" + account + "-";
  }

  @Override
  public boolean checkValid(String clientId, String username, byte[] password) {
    Optional<String> refusal = refusal(clientId, username, password);
    refusal.ifPresent(
        reason -> LOG.info("MQTT connection of client id '{}' refused: {}", clientId, reason));
    return refusal.isEmpty();
  }

  /** Why this connection is refused, in words; empty when it is let in. */
  Optional<String> refusal(String clientId, String username, byte[] password) {
    if (username == null || username.isEmpty()) {
      return Optional.of("no username: connect with the account name as the username");
    }
    if (password == null || password.length == 0) {
      return Optional.of("no password: connect with an API key of account '" + username + "'");
    }
    Optional<Principal> principal = keys.authenticate(new String(password, StandardCharsets.UTF_8));
    if (principal.isEmpty()) {
      return Optional.of("the password is not a valid API key");
    }
    String account = principal.get().account();
    if (!account.equals(username)) {
      return Optional.of(
          "the API key is not a key of account '" + username + "': use one of that account's");
    }
    String prefix = clientIdPrefix(account);
    if (clientId == null || !clientId.startsWith(prefix) || clientId.length() == prefix.length()) {
      return Optional.of(
          "client id '"
              + clientId
              + "' is not '"
              + prefix
              + "' followed by a name: use e.g. '"
              + prefix
              + "panel-1'");
    }
    if (clientId.length() > MAX_CLIENT_ID_LENGTH) {
      return Optional.of(
          "client id '"
              + clientId
              + "' is longer than "
              + MAX_CLIENT_ID_LENGTH
              + " characters: shorten it");
    }
    String owner = owner(clientId);
    if (!owner.equals(account)) {
      return Optional.of(
          "client id '"
              + clientId
              + "' belongs to account '"
              + owner
              + "': ids of account '"
              + account
              + "' must not start with '"
              + clientIdPrefix(owner)
              + "'");
    }
    return Optional.empty();
  }

  /**
   * The account a client id belongs to: the longest known account {@code A} with the id starting
   * {@code fh-A-}. Called only with an id that starts with a known account's prefix.
   */
  private String owner(String clientId) {
    String rest = clientId.substring(3);
    for (int end = rest.lastIndexOf('-'); end > 0; end = rest.lastIndexOf('-', end - 1)) {
      String candidate = rest.substring(0, end);
      if (keys.hasAccount(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("client id '" + clientId + "' names no known account");
  }

  /** Clients never publish: every event comes from the farm, inside the broker. */
  @Override
  public boolean canWrite(Topic topic, String user, String client) {
    LOG.info(
        "MQTT publish by client id '{}' to '{}' dropped: clients never publish", client, topic);
    return false;
  }

  @Override
  public boolean canRead(Topic topic, String user, String client) {
    boolean allowed = mayRead(topic.toString(), user);
    if (!allowed) {
      LOG.debug(
          "MQTT subscription of client id '{}' (account '{}') to '{}' refused: an account"
              + " subscribes only under '{}'",
          client,
          user,
          topic,
          user == null ? Topics.ROOT + "{account}/" : ownRoot(user).orElse("?"));
    }
    return allowed;
  }

  /** True when the account may subscribe to this filter. */
  static boolean mayRead(String filter, String account) {
    if (account == null) {
      return false;
    }
    return ownRoot(account).map(filter::startsWith).orElse(false);
  }

  /** {@code farmhand/v1/accounts/{account}/}, or empty for a name that is not an account id. */
  private static Optional<String> ownRoot(String account) {
    try {
      String filter = Topics.accountFilter(account);
      return Optional.of(filter.substring(0, filter.length() - 1));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
