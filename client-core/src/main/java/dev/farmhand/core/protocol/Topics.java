package dev.farmhand.core.protocol;

/**
 * The MQTT topics of the protocol. The farm publishes every event of an account to the account's
 * topic, and a copy to the job's topic; a client subscribes to one or the other, never both.
 */
public final class Topics {
  /** Every topic of the protocol starts with this. */
  public static final String ROOT = "farmhand/v1/accounts/";

  private Topics() {}

  /** Every event of the account, in order: {@code farmhand/v1/accounts/studio/events}. */
  public static String account(String account) {
    return ROOT + WireChecks.id(account, "account") + "/events";
  }

  /** One job's events: {@code farmhand/v1/accounts/studio/jobs/j-42/events}. */
  public static String job(String account, String jobId) {
    return ROOT
        + WireChecks.id(account, "account")
        + "/jobs/"
        + WireChecks.id(jobId, "job_id")
        + "/events";
  }

  /** The filter that covers every topic of the account, and nothing of any other. */
  public static String accountFilter(String account) {
    return ROOT + WireChecks.id(account, "account") + "/#";
  }

  /** The job topic's template, as {@link NoticesInfo} hands it out. */
  public static String jobTemplate(String account) {
    return ROOT + WireChecks.id(account, "account") + "/jobs/{job_id}/events";
  }
}
