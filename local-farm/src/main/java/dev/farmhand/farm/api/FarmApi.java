package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.farm.auth.KeyRing;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.files.ContentStore;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.JobControls;
import dev.farmhand.farm.jobs.JobJournal;
import dev.farmhand.farm.jobs.JobSubmissions;
import dev.farmhand.farm.jobs.RefusedException;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.web.EventStreams;
import dev.farmhand.farm.web.WebAuth;
import dev.farmhand.farm.web.WebSessions;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The farm's REST API, {@code /api/v1}, as docs/openapi.yaml describes it: every request checked
 * for its key, every failure answered in the one error shape. Thread-safe.
 */
public final class FarmApi implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(FarmApi.class.getName());

  private final Javalin app;
  private final EventStreams streams;

  /** The parts the API serves. */
  public record Parts(
      Database database,
      KeyRing keys,
      ContentStore store,
      FarmPaths paths,
      JobJournal journal,
      JobSubmissions submissions,
      JobControls controls,
      String brokerUrl,
      Clock clock) {}

  /** Starts serving on {@code host}:{@code port} (0: a free port). */
  public static FarmApi start(Parts parts, String host, int port) {
    JobsApi jobs =
        new JobsApi(
            parts.database(), parts.journal(), parts.submissions(), parts.paths(), parts.clock());
    OutputsApi outputs = new OutputsApi(parts.database(), parts.paths());
    ActionsApi actions = new ActionsApi(parts.controls());
    FilesApi files = new FilesApi(parts.database(), parts.store());
    EventsApi events = new EventsApi(parts.database(), parts.brokerUrl());
    WebSessions sessions = new WebSessions(parts.clock());
    WebAuth web = new WebAuth(sessions);
    EventStreams streams =
        new EventStreams(parts.database(), parts.journal(), sessions, parts.clock());
    parts.journal().listen(job -> streams.wake(job.job().account()));
    WebApi page = new WebApi(parts.keys(), web, streams);
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.jetty.port = port;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = FilesApi.MAX_PART + 1024 * 1024;
              config.http.prefer405over404 = true;
              // Logs and outputs go out as they are: a compressed body would not match the
              // Content-Length and Content-Range the protocol promises.
              config.http.compressionStrategy = CompressionStrategy.NONE;
              config.routes.before("/api/*", ctx -> authenticate(ctx, parts.keys(), web));
              jobs.routes(config.routes);
              outputs.routes(config.routes);
              actions.routes(config.routes);
              files.routes(config.routes);
              events.routes(config.routes);
              page.routes(config.routes);
              config.routes.exception(
                  RefusedException.class, (e, ctx) -> Http.error(ctx, e.error()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.log(Level.WARNING, ctx.method() + " " + ctx.path() + " failed", e);
                    Http.error(
                        ctx,
                        ApiError.of(
                            ErrorCode.INTERNAL,
                            "the farm failed on this request ("
                                + e.getClass().getSimpleName()
                                + "); it may be retried, and the farm's log says more"));
                  });
              config.routes.error(
                  404,
                  ctx ->
                      fallback(
                          ctx,
                          ErrorCode.NOT_FOUND,
                          "there is no "
                              + ctx.path()
                              + ": the API's paths start /api/v1, the web page is at /"));
              config.routes.error(
                  405,
                  ctx ->
                      fallback(
                          ctx,
                          ErrorCode.METHOD_NOT_ALLOWED,
                          ctx.path()
                              + " does not take "
                              + ctx.method()
                              + ": see docs/openapi.yaml"));
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      streams.close();
      throw e;
    }
    return new FarmApi(app, streams);
  }

  private FarmApi(Javalin app, EventStreams streams) {
    this.app = app;
    this.streams = streams;
  }

  /**
   * Finds who asks: a bearer key, or else the web page's session cookie (checked for CSRF when the
   * request changes something).
   */
  private static void authenticate(Context ctx, KeyRing keys, WebAuth web) {
    if (ctx.header("Authorization") == null && WebAuth.hasCookie(ctx)) {
      ctx.attribute(Http.PRINCIPAL, web.session(ctx).principal());
      return;
    }
    Optional<Principal> who = keys.authenticate(ctx.header("Authorization"));
    if (who.isEmpty()) {
      throw new RefusedException(
          ErrorCode.UNAUTHENTICATED,
          ctx.header("Authorization") == null
              ? "no API key: send Authorization: Bearer KEY (farm start writes keys to"
                  + " credentials.json)"
              : "this API key is not known to the farm: check it, or log in again with a key from"
                  + " credentials.json");
    }
    ctx.attribute(Http.PRINCIPAL, who.get());
  }

  /** Answers a bare 404 or 405 from the router in the one error shape, leaving ours alone. */
  private static void fallback(Context ctx, ErrorCode code, String message) {
    if (ctx.attribute(Http.ANSWERED) == null) {
      Http.error(ctx, ApiError.of(code, message));
    }
  }

  /** The port the API listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    streams.close();
    app.stop();
  }
}
