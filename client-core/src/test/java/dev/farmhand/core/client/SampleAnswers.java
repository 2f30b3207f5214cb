package dev.farmhand.core.client;

/** Documents a farm answers with, as JSON. */
final class SampleAnswers {
  static final String JOB =
      "{\"id\":\"j-1\",\"title\":\"t\",\"status\":\"sync_pending\",\"priority\":50,"
          + "\"preemptible\":false,\"retries\":{\"preempted\":0,\"failed\":0},"
          + "\"flags\":{\"sync\":\"syncing\",\"held\":false,\"killed\":false,\"completed\":false,"
          + "\"downloaded\":false,\"reviewed\":false},\"scene\":\"s.fhscene\","
          + "\"renderer\":\"sample\",\"frames\":\"1\",\"chunk\":1,\"user\":\"ana\","
          + "\"submitted_at\":\"2025-03-01T12:00:00Z\",\"stats\":{\"frames_total\":1,"
          + "\"frames_done\":0,\"frames_failed\":0,\"frames_running\":0,\"frames_holding\":0,"
          + "\"render_seconds\":0,\"elapsed_seconds\":0},\"metadata\":{}}";

  private SampleAnswers() {}
}
