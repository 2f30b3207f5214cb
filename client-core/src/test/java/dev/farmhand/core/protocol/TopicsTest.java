package dev.farmhand.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void namesTheAccountAndJobTopicsUnderOneRoot() {
    assertThat(Topics.account("studio")).isEqualTo("farmhand/v1/accounts/studio/events");
    assertThat(Topics.job("studio", "j-42"))
        .isEqualTo("farmhand/v1/accounts/studio/jobs/j-42/events");
    assertThat(Topics.accountFilter("studio")).isEqualTo("farmhand/v1/accounts/studio/#");
    assertThat(Topics.jobTemplate("studio").replace("{job_id}", "j-42"))
        .isEqualTo(Topics.job("studio", "j-42"));
  }

  @Test
  void anIdThatWouldWidenATopicIsRefused() {
    assertThatThrownBy(() -> Topics.account("#")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Topics.job("studio", "+/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
