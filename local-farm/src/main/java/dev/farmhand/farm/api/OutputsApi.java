package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.OutputPage;
import dev.farmhand.farm.jobs.FarmPaths;
import dev.farmhand.farm.jobs.RefusedException;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.JobRepository;
import dev.farmhand.farm.store.OutputRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/jobs/{job_id}/outputs…}: what a job rendered, and each file, with Range. */
final class OutputsApi {
  private final Database database;
  private final FarmPaths paths;
  private final JobRepository jobs = new JobRepository();
  private final OutputRepository outputs = new OutputRepository();

  OutputsApi(Database database, FarmPaths paths) {
    this.database = database;
    this.paths = paths;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/v1/jobs/{job_id}/outputs", this::list);
    routes.get("/api/v1/jobs/{job_id}/outputs/{sha256}", this::download);
  }

  private List<Output> outputsOf(Context ctx) {
    String id = ctx.pathParam("job_id");
    String account = Http.who(ctx).account();
    return database.transaction(
        c -> {
          if (jobs.find(c, account, id).isEmpty()) {
            throw RefusedException.noJob(id);
          }
          return outputs.list(c, id);
        });
  }

  private void list(Context ctx) {
    List<Output> all = outputsOf(ctx);
    int limit = Http.intQuery(ctx, "limit", 100, 1, 1000);
    int from = Math.min(Http.intQuery(ctx, "cursor", 0, 0, Integer.MAX_VALUE), all.size());
    int end = Math.min(from + limit, all.size());
    Http.json(
        ctx,
        200,
        new OutputPage(all.subList(from, end), end < all.size() ? String.valueOf(end) : null));
  }

  private void download(Context ctx) throws IOException {
    String sha256 = ctx.pathParam("sha256");
    Output output =
        outputsOf(ctx).stream()
            .filter(o -> o.sha256().equals(sha256))
            .findFirst()
            .orElseThrow(
                () ->
                    new RefusedException(
                        ErrorCode.NOT_FOUND,
                        "job "
                            + ctx.pathParam("job_id")
                            + " has no output with SHA-256 "
                            + sha256
                            + ": list its outputs to see theirs",
                        Map.of("sha256", sha256)));
    Path file = paths.outputs(ctx.pathParam("job_id")).resolve(output.path());
    if (!Files.isRegularFile(file)) {
      throw new RefusedException(
          ErrorCode.NOT_FOUND,
          "the farm no longer has the file of output '" + output.path() + "': render it again",
          Map.of("sha256", sha256));
    }
    long size = Files.size(file);
    Ranges.serve(
        ctx,
        Files.newInputStream(file),
        size,
        output.path().endsWith(".png") ? "image/png" : "application/octet-stream",
        "\"" + sha256 + "\"");
  }
}
