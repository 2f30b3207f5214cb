package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventPage;
import dev.farmhand.core.protocol.Me;
import dev.farmhand.core.protocol.NoticesInfo;
import dev.farmhand.core.protocol.Topics;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.EventRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/v1/me}, {@code /api/v1/notices} and {@code /api/v1/events}. */
final class EventsApi {
  private final Database database;
  private final String brokerUrl;
  private final EventRepository events = new EventRepository();

  EventsApi(Database database, String brokerUrl) {
    this.database = database;
    this.brokerUrl = brokerUrl;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/v1/me", this::me);
    routes.get("/api/v1/notices", this::notices);
    routes.get("/api/v1/events", this::events);
  }

  private void me(Context ctx) {
    Principal who = Http.who(ctx);
    Http.json(ctx, 200, new Me(who.account(), who.user(), who.role()));
  }

  private void notices(Context ctx) {
    String account = Http.who(ctx).account();
    Http.json(
        ctx,
        200,
        new NoticesInfo(
            brokerUrl,
            null,
            account,
            Topics.account(account),
            Topics.jobTemplate(account),
            "fh-" + account + "-",
            1));
  }

  private void events(Context ctx) {
    String account = Http.who(ctx).account();
    long after = Http.longQuery(ctx, "after", 0, 0);
    int limit = Http.intQuery(ctx, "limit", 100, 0, 1000);
    EventPage page =
        database.transaction(
            c -> {
              long latest = events.latest(c, account);
              List<Event> found = limit == 0 ? List.of() : events.after(c, account, after, limit);
              return new EventPage(found, latest);
            });
    Http.json(ctx, 200, page);
  }
}
