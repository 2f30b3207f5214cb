package dev.farmhand.farm.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSubmissionsTest {
  private static JobCreateRequest withMetadata(Map<String, String> metadata) {
    return new JobCreateRequest(
        "t",
        "s.fhscene",
        "sample",
        "1",
        1,
        null,
        50,
        false,
        RetryPolicy.NONE,
        null,
        null,
        List.of(),
        metadata);
  }

  @Test
  void theSameRequestHashesTheSameWhateverTheOrderOfItsMetadata() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    ab.put("c", "3");
    Map<String, String> cba = new LinkedHashMap<>();
    cba.put("c", "3");
    cba.put("b", "2");
    cba.put("a", "1");

    assertThat(JobSubmissions.requestSha256(withMetadata(ab)))
        .isEqualTo(JobSubmissions.requestSha256(withMetadata(cba)))
        .isNotEqualTo(JobSubmissions.requestSha256(withMetadata(Map.of("a", "1"))));
  }
}
