package dev.farmhand.core.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskPlanTest {

  private static FrameChunk scout(int frame) {
    return new FrameChunk(List.of(frame), true);
  }

  private static FrameChunk chunk(Integer... frames) {
    return new FrameChunk(List.of(frames), false);
  }

  @Test
  void framesSplitIntoConsecutiveChunksAndTheLastMayBeShorter() {
    assertThat(TaskPlan.of(FrameSpec.parse("1-10"), 4).chunks())
        .containsExactly(chunk(1, 2, 3, 4), chunk(5, 6, 7, 8), chunk(9, 10));
  }

  @Test
  void chunksFollowSpecOrder() {
    assertThat(TaskPlan.of(FrameSpec.parse("10-1x3,20"), 2).chunks())
        .containsExactly(chunk(10, 7), chunk(4, 1), chunk(20));
  }

  @Test
  void scoutFramesAreTasksOfTheirOwnListedFirstInJobOrder() {
    assertThat(TaskPlan.of(FrameSpec.parse("1-10"), ScoutSpec.parse("10,1,5"), 3).chunks())
        .containsExactly(scout(1), scout(5), scout(10), chunk(2, 3, 4), chunk(6, 7, 8), chunk(9));
  }

  @Test
  void theExampleInTheDocsHolds() {
    assertThat(TaskPlan.of(FrameSpec.parse("1-10"), ScoutSpec.parse("1,10"), 3).chunks())
        .containsExactly(scout(1), scout(10), chunk(2, 3, 4), chunk(5, 6, 7), chunk(8, 9));
  }

  @Test
  void autoScoutsAreTakenOutOfTheChunks() {
    assertThat(TaskPlan.of(FrameSpec.parse("1-7"), ScoutSpec.parse("auto:3"), 10).chunks())
        .containsExactly(scout(1), scout(4), scout(7), chunk(2, 3, 5, 6));
  }

  @Test
  void aJobOfOnlyScoutsHasOnlyScoutTasks() {
    assertThat(TaskPlan.of(FrameSpec.parse("1-3"), ScoutSpec.parse("auto:9"), 2).chunks())
        .containsExactly(scout(1), scout(2), scout(3));
  }

  @Test
  void noScoutSpecMeansNoScoutTasks() {
    assertThat(TaskPlan.of(FrameSpec.parse("1-3"), null, 1))
        .isEqualTo(TaskPlan.of(FrameSpec.parse("1-3"), 1));
    assertThat(TaskPlan.of(FrameSpec.parse("1-3"), 1).chunks())
        .containsExactly(chunk(1), chunk(2), chunk(3));
  }

  @Test
  void aChunkSizeBelowOneNamesTheOption() {
    assertThatThrownBy(() -> TaskPlan.of(FrameSpec.parse("1-10"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--chunk 0: a task must render 1 or more frames (write --chunk 1 for one frame per task)");
    assertThatThrownBy(() -> TaskPlan.of(FrameSpec.parse("1-10"), ScoutSpec.parse("auto:2"), -3))
        .hasMessage(
            "--chunk -3: a task must render 1 or more frames (write --chunk 1 for one frame per"
                + " task)");
  }

  @Test
  void scoutsOutsideTheJobAreRefused() {
    assertThatThrownBy(() -> TaskPlan.of(FrameSpec.parse("1-10"), ScoutSpec.parse("11"), 5))
        .isInstanceOf(FrameSpecException.class)
        .hasMessage(
            "scout spec '11': frame 11 is not among the job's frames 1-10"
                + " (pick scout frames from the job's frames, or use auto:N)");
  }

  @Test
  void theChunkListCannotBeModified() {
    List<FrameChunk> chunks = TaskPlan.of(FrameSpec.parse("1-3"), 2).chunks();
    assertThatThrownBy(() -> chunks.add(chunk(9)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aChunkKnowsItsFirstAndLastFrame() {
    FrameChunk chunk = chunk(4, 5, 6);
    assertThat(chunk.first()).isEqualTo(4);
    assertThat(chunk.last()).isEqualTo(6);
  }

  @Test
  void aChunkHasAtLeastOneFrame() {
    assertThatThrownBy(() -> new FrameChunk(List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a chunk needs at least one frame");
  }

  @Test
  void aScoutChunkHasExactlyOneFrame() {
    assertThatThrownBy(() -> new FrameChunk(List.of(1, 2), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a scout chunk renders exactly one frame, not 2: [1, 2]");
  }
}
