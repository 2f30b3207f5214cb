package dev.farmhand.farm.web;

import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.farm.jobs.RefusedException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

/**
 * How a browser proves who it is: the session cookie (HttpOnly, SameSite=Strict) set at log in,
 * and, on every request that changes something, the session's CSRF token in {@link #CSRF_HEADER}
 * and an {@code Origin} that is the farm's own. A page of another site can neither send the cookie
 * (SameSite), nor read the token, nor set the header without a CORS answer the farm never gives.
 * Thread-safe.
 */
public final class WebAuth {
  /** The session cookie's name. */
  public static final String COOKIE = "farmhand_session";

  /** The header that carries the session's CSRF token on requests that change something. */
  public static final String CSRF_HEADER = "X-Farmhand-Csrf";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final WebSessions sessions;

  public WebAuth(WebSessions sessions) {
    this.sessions = sessions;
  }

  /** The sessions this checks against. */
  public WebSessions sessions() {
    return sessions;
  }

  /** True when the request carries the session cookie (and so no bearer key is expected). */
  public static boolean hasCookie(Context ctx) {
    return ctx.cookie(COOKIE) != null;
  }

  /**
   * The request's session, checked for CSRF when the method changes something.
   *
   * @throws RefusedException {@code unauthenticated} without a live session, {@code forbidden} when
   *     a change comes without the session's token or from another site
   */
  public WebSession session(Context ctx) {
    WebSession session =
        sessions
            .find(ctx.cookie(COOKIE))
            .orElseThrow(
                () ->
                    new RefusedException(
                        ErrorCode.UNAUTHENTICATED,
                        "you are not logged in, or your session has ended: log in again with your"
                            + " account key"));
    if (!SAFE.contains(ctx.method().name())) {
      checkOrigin(ctx);
      String token = ctx.header(CSRF_HEADER);
      if (token == null || !MessageDigest.isEqual(bytes(token), bytes(session.csrf()))) {
        throw new RefusedException(
            ErrorCode.FORBIDDEN,
            "a change asked with the session cookie needs the session's "
                + CSRF_HEADER
                + " header: reload the page",
            Map.of("header", CSRF_HEADER));
      }
    }
    return session;
  }

  /**
   * Refuses a request whose {@code Origin} is another site's; a request without one (not from a
   * browser's script) passes.
   *
   * @throws RefusedException {@code forbidden}
   */
  public static void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String own = ctx.scheme() + "://" + ctx.host();
    if (!origin.equalsIgnoreCase(own)) {
      throw new RefusedException(
          ErrorCode.FORBIDDEN,
          "a request from " + origin + " may not act on this farm's page: open the farm's own page",
          Map.of("origin", origin));
    }
  }

  /** The Set-Cookie value that starts this session in the browser. */
  public static String setCookie(WebSession session, boolean secure) {
    return COOKIE
        + "="
        + session.id()
        + "; Path=/; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  /** The Set-Cookie value that ends the session in the browser. */
  public static String clearCookie(boolean secure) {
    return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
