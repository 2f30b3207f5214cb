package dev.farmhand.core.protocol;

import java.util.Objects;

/**
 * How to receive the account's events by push: the answer of {@code GET /api/v1/notices}. The MQTT
 * password is the caller's API key; it is never echoed here. Immutable.
 *
 * @param brokerUrl the MQTT broker, e.g. {@code tcp://127.0.0.1:1883} or {@code ssl://…}
 * @param websocketUrl the same broker over WebSockets for browsers; absent if it has none
 * @param username the MQTT username: the account name
 * @param accountTopic every event of the account, e.g. {@code farmhand/v1/accounts/studio/events}
 * @param jobTopicTemplate one job's events, with {@code {job_id}} to fill in
 * @param clientIdPrefix every MQTT client id of the account starts with it
 * @param qos the QoS the farm publishes with and subscribers use: 1
 */
public record NoticesInfo(
    String brokerUrl,
    @Nullable String websocketUrl,
    String username,
    String accountTopic,
    String jobTopicTemplate,
    String clientIdPrefix,
    int qos) {
  public NoticesInfo {
    Objects.requireNonNull(brokerUrl, "broker_url");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(accountTopic, "account_topic");
    Objects.requireNonNull(jobTopicTemplate, "job_topic_template");
    if (!jobTopicTemplate.contains("{job_id}")) {
      throw new IllegalArgumentException(
          "job_topic_template '" + jobTopicTemplate + "' has no {job_id} to fill in");
    }
    Objects.requireNonNull(clientIdPrefix, "client_id_prefix");
    if (qos < 0 || qos > 2) {
      throw new IllegalArgumentException("qos is " + qos + ": MQTT knows 0, 1 and 2");
    }
  }

  /** The topic of one job's events. */
  public String jobTopic(String jobId) {
    return jobTopicTemplate.replace("{job_id}", WireChecks.id(jobId, "job_id"));
  }
}
