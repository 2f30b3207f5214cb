package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.jobs.RefusedException;
import dev.farmhand.farm.web.EventStreams;
import dev.farmhand.farm.web.PageControls;
import dev.farmhand.farm.web.WebAssets;
import dev.farmhand.farm.web.WebAuth;
import dev.farmhand.farm.web.WebSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The farm's web page, "My Jobs": its files at {@code /} and {@code /web/assets/…}, logging in and
 * out ({@code /web/session}), and its live feed ({@code /web/events}). The page reads and acts
 * through {@code /api/v1} with its session cookie, like any client.
 */
final class WebApi {
  private static final String STREAM_SESSION = "farmhand.web.session";
  private static final String STREAM_AFTER = "farmhand.web.after";

  private final KeyRing keys;
  private final WebAuth auth;
  private final EventStreams streams;

  WebApi(KeyRing keys, WebAuth auth, EventStreams streams) {
    this.keys = keys;
    this.auth = auth;
    this.streams = streams;
  }

  /** The body of a log in. */
  record Login(String key) {}

  /**
   * Who is logged in, and what the page needs to know to show it.
   *
   * @param csrf the token to send in {@code X-Farmhand-Csrf} with every change
   * @param statuses the job statuses, in the table's order
   * @param controls the controls this role may use, with the statuses each is refused for and why
   */
  record SessionView(
      String account,
      String user,
      Role role,
      String csrf,
      List<PageControls.StatusView> statuses,
      List<PageControls.ControlView> controls) {
    static SessionView of(WebSession session) {
      Principal who = session.principal();
      return new SessionView(
          who.account(),
          who.user(),
          who.role(),
          session.csrf(),
          PageControls.statuses(),
          PageControls.forRole(who.admin()));
    }
  }

  void routes(RoutesConfig routes) {
    routes.get("/", ctx -> asset(ctx, "index.html"));
    routes.get("/web/assets/{file}", ctx -> asset(ctx, ctx.pathParam("file")));
    routes.post("/web/session", this::login);
    routes.get("/web/session", this::session);
    routes.delete("/web/session", this::logout);
    routes.before("/web/events", this::beforeStream);
    routes.sse(
        "/web/events",
        client ->
            streams.open(
                client,
                client.ctx().attribute(STREAM_SESSION),
                (long) client.ctx().attribute(STREAM_AFTER)));
  }

  private static void asset(Context ctx, String name) {
    WebAssets.Asset asset =
        WebAssets.find(name)
            .orElseThrow(
                () ->
                    new RefusedException(
                        ErrorCode.NOT_FOUND,
                        "the web page has no file '" + name + "': open the farm's address",
                        Map.of("file", name)));
    secure(ctx);
    ctx.header("Cache-Control", "no-cache");
    ctx.status(200).contentType(asset.contentType()).result(asset.bytes());
  }

  /** Headers every answer of the page carries. */
  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", WebAssets.CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private void login(Context ctx) {
    WebAuth.checkOrigin(ctx);
    // A form on another site cannot send JSON without a CORS check the farm never answers: with
    // the Origin check, no other site can log a browser in to an account of its choosing.
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "log in with a JSON body {\"key\": \"...\"} sent as Content-Type: application/json",
          Map.of("field", "Content-Type"));
    }
    Login login = Http.body(ctx, Login.class);
    if (login.key() == null || login.key().isBlank()) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "no key: paste your account key (farm start writes the keys to credentials.json)",
          Map.of("field", "key"));
    }
    Principal who =
        keys.authenticate(login.key().strip())
            .orElseThrow(
                () ->
                    new RefusedException(
                        ErrorCode.UNAUTHENTICATED,
                        "this key is not known to the farm: check it, or ask for a key from"
                            + " credentials.json"));
    WebSession previous = auth.sessions().find(ctx.cookie(WebAuth.COOKIE)).orElse(null);
    if (previous != null) {
      auth.sessions().end(previous.id());
      streams.endSession(previous.id());
    }
    WebSession session = auth.sessions().start(who);
    ctx.header("Set-Cookie", WebAuth.setCookie(session, "https".equals(ctx.scheme())));
    noStore(ctx);
    Http.json(ctx, 200, SessionView.of(session));
  }

  private void session(Context ctx) {
    noStore(ctx);
    Http.json(ctx, 200, SessionView.of(auth.session(ctx)));
  }

  private void logout(Context ctx) {
    WebSession session = auth.session(ctx);
    auth.sessions().end(session.id());
    streams.endSession(session.id());
    ctx.header("Set-Cookie", WebAuth.clearCookie("https".equals(ctx.scheme())));
    noStore(ctx);
    ctx.status(204);
  }

  private static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
  }

  /** Checks the session and where the stream starts, before the stream's headers go out. */
  private void beforeStream(Context ctx) {
    WebSession session = auth.session(ctx);
    String lastId = ctx.header("Last-Event-ID");
    String text = lastId != null && !lastId.isBlank() ? lastId : ctx.queryParam("after");
    long after;
    if (text == null) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "the stream needs after=SEQ: the sequence number the page has shown the jobs as of",
          Map.of("field", "after"));
    }
    try {
      after = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      after = -1;
    }
    if (after < 0) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          (lastId != null ? "Last-Event-ID " : "after=")
              + text
              + " is not a sequence number: give a whole number from 0",
          Map.of("field", lastId != null ? "Last-Event-ID" : "after"));
    }
    ctx.attribute(STREAM_SESSION, session);
    ctx.attribute(STREAM_AFTER, after);
  }
}
