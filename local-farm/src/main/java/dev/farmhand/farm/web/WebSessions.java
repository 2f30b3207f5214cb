package dev.farmhand.farm.web;

import dev.farmhand.farm.auth.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web page's sessions, in memory: a restarted farm asks its browsers to log in again. A session
 * ends when its browser logs out or after {@link #IDLE} without a request. Thread-safe.
 */
public final class WebSessions {
  /** How long a session lasts without a request. */
  public static final Duration IDLE = Duration.ofHours(12);

  /** The most sessions kept at once; the least recently used goes first. */
  static final int MAX = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

  private record Entry(WebSession session, Instant lastUsed) {}

  public WebSessions(Clock clock) {
    this.clock = clock;
  }

  /** Starts a session for someone whose key was just checked. */
  public WebSession start(Principal principal) {
    if (sessions.size() >= MAX) {
      sessions.entrySet().stream()
          .min((a, b) -> a.getValue().lastUsed().compareTo(b.getValue().lastUsed()))
          .ifPresent(oldest -> sessions.remove(oldest.getKey()));
    }
    WebSession session = new WebSession(secret(), secret(), principal);
    sessions.put(session.id(), new Entry(session, clock.instant()));
    return session;
  }

  /** The live session with this id, marked as used now; empty when unknown or idle too long. */
  public Optional<WebSession> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Entry entry = sessions.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (entry.lastUsed().plus(IDLE).isBefore(now)) {
      sessions.remove(id, entry);
      return Optional.empty();
    }
    sessions.replace(id, entry, new Entry(entry.session(), now));
    return Optional.of(entry.session());
  }

  /** Ends the session; nothing happens when it is unknown. */
  public void end(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
