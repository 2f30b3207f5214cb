package dev.farmhand.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules the records enforce when a program, not a JSON document, builds them. */
class WireValuesTest {

  @Test
  void listsAndMapsAreCopiedSoTheCallerCannotChangeAValueLater() {
    List<Dependency> dependencies = new ArrayList<>(List.of(Samples.dependency()));
    Map<String, String> metadata = new HashMap<>(Map.of("a", "b"));
    JobCreateRequest request =
        new JobCreateRequest(
            "t",
            "s",
            "blender",
            "1",
            1,
            null,
            50,
            false,
            RetryPolicy.NONE,
            null,
            null,
            dependencies,
            metadata);

    dependencies.clear();
    metadata.clear();

    assertThat(request.dependencies()).hasSize(1);
    assertThat(request.metadata()).containsEntry("a", "b");
  }

  @Test
  void aPriorityOutsideZeroToAHundredSaysTheRange() {
    assertThatThrownBy(() -> new JobAction(Control.SET_PRIORITY, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priority is 101: use 0 to 100 (higher runs first)");
  }

  @Test
  void aPriorityWithAnotherControlIsRefused() {
    assertThatThrownBy(() -> new ActionRequest(Control.HOLD, List.of("j-1"), 5))
        .hasMessage("priority goes only with control set_priority, not with hold");
  }

  @Test
  void aBatchActionNamesEveryJobOnce() {
    assertThatThrownBy(() -> new ActionRequest(Control.KILL, List.of("j-1", "j-1"), null))
        .hasMessage("job_ids names 'j-1' twice: name it once");
    assertThatThrownBy(() -> new ActionRequest(Control.KILL, List.of(), null))
        .hasMessage("job_ids is empty: name at least one job");
    assertThatThrownBy(
            () ->
                new ActionRequest(
                    Control.KILL, Collections.nCopies(ActionRequest.MAX_JOBS + 1, "j"), null))
        .hasMessage("job_ids has 1001 ids: send at most 1000 per request");
  }

  @Test
  void anIdThatCouldNotStandInATopicOrUrlIsRefused() {
    assertThatThrownBy(() -> new ActionRequest(Control.KILL, List.of("j/1"), null))
        .hasMessage(
            "job_ids[0] 'j/1' is not an id: use 1 to 64 letters, digits, '_' or '-', starting with"
                + " a letter or digit");
  }

  @Test
  void aRefusedResultCarriesItsReasonAndADoneOneDoesNot() {
    assertThatThrownBy(
            () -> new JobActionResult("j-1", ActionOutcome.REFUSED, JobStatus.RUNNING, null))
        .hasMessage("job j-1 is refused without an error: say why it was refused");
    assertThatThrownBy(
            () ->
                new JobActionResult(
                    "j-1", ActionOutcome.DONE, JobStatus.RUNNING, Samples.refusal()))
        .hasMessage("job j-1 is done with an error");
  }

  @Test
  void anEventPageWithAHoleInItsSequenceIsRefused() {
    Event first = Samples.taskEvent();
    Event third =
        new Event(
            first.seq() + 2,
            first.time(),
            "studio",
            EventType.JOB_STATUS,
            "j-1",
            JobStatus.FAILED,
            null,
            null,
            null);

    assertThatThrownBy(() -> new EventPage(List.of(first, third), 30))
        .hasMessage("events jump from seq 17 to 19: a page has no holes");
  }

  @Test
  void anEventPageKnowsWhetherMoreEventsFollow() {
    assertThat(new EventPage(List.of(Samples.taskEvent()), 17).hasMore()).isFalse();
    assertThat(new EventPage(List.of(Samples.taskEvent()), 18).hasMore()).isTrue();
    assertThat(new EventPage(List.of(), 18).hasMore()).isFalse();
  }

  @Test
  void anUploadCannotBeCompleteWithBytesStillMissing() {
    assertThatThrownBy(() -> new UploadStatus(Samples.SHA_A, 10, 5, true))
        .hasMessage(Samples.SHA_A + " is complete with 5 of 10 bytes received");
  }

  @Test
  void theFiguresOfAJobCannotAddUpToMoreFramesThanItHas() {
    assertThatThrownBy(() -> new JobStats(10, 5, 5, 1, 0, 0, 0, null))
        .hasMessage(
            "frames_done, frames_failed, frames_running and frames_holding add up to more than"
                + " frames_total (10)");
    assertThat(Samples.stats().framesPending()).isEqualTo(6);
  }

  @Test
  void theJobTopicIsTheTemplateWithTheJobIdFilledIn() {
    assertThat(Samples.notices().jobTopic("j-000042"))
        .isEqualTo("farmhand/v1/accounts/studio/jobs/j-000042/events");
  }

  @Test
  void everyErrorCodeHasOneHttpStatusAndAnUnknownCodeHasNone() {
    assertThat(ErrorCode.FORBIDDEN.httpStatus()).isEqualTo(403);
    assertThat(ErrorCode.HASH_MISMATCH.httpStatus()).isEqualTo(422);
    assertThat(ErrorCode.parse("control_refused")).isEqualTo(ErrorCode.CONTROL_REFUSED);
    assertThat(ErrorCode.parse("unknown")).isEqualTo(ErrorCode.UNKNOWN);
    assertThat(ErrorCode.UNKNOWN.httpStatus()).isZero();
  }

  @Test
  void nullDetailsOfAnErrorAreDropped() {
    Map<String, Object> details = new HashMap<>();
    details.put("field", "frames");
    details.put("hint", null);

    assertThat(new ApiError(ErrorCode.INVALID_REQUEST, "bad", details).details())
        .containsExactly(Map.entry("field", "frames"));
  }
}
