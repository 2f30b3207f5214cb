package dev.farmhand.farm.api;

import dev.farmhand.core.protocol.ActionOutcome;
import dev.farmhand.core.protocol.ActionRequest;
import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.JobAction;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.farm.jobs.JobControls;
import dev.farmhand.farm.jobs.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/v1/jobs/actions} and {@code /api/v1/jobs/{job_id}/actions}: the controls. */
final class ActionsApi {
  private final JobControls controls;

  ActionsApi(JobControls controls) {
    this.controls = controls;
  }

  void routes(RoutesConfig routes) {
    routes.post("/api/v1/jobs/actions", this::many);
    routes.post("/api/v1/jobs/{job_id}/actions", this::one);
  }

  private void many(Context ctx) {
    ActionRequest request = Http.body(ctx, ActionRequest.class);
    Http.json(
        ctx,
        200,
        new ActionResult(
            controls.apply(
                Http.who(ctx), request.jobIds(), request.control(), request.priority())));
  }

  private void one(Context ctx) {
    JobAction action = Http.body(ctx, JobAction.class);
    JobActionResult result =
        controls.apply(Http.who(ctx), ctx.pathParam("job_id"), action.control(), action.priority());
    if (result.outcome() == ActionOutcome.REFUSED) {
      throw new RefusedException(result.error());
    }
    Http.json(ctx, 200, result);
  }
}
