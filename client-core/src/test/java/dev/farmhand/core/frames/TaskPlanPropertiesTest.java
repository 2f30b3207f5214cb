package dev.farmhand.core.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaskPlanPropertiesTest {

  @Test
  void autoYieldsDistinctFramesIncludingFirstAndLastInJobOrder() {
    Trials.forAll(
        random -> {
          FrameSpec job = Trials.job(random).spec();
          int n = 1 + random.nextInt(job.size() + 5);
          List<Integer> scouts = new ScoutSpec.Auto(n).resolve(job);
          assertThat(scouts).hasSize(Math.min(n, job.size())).doesNotHaveDuplicates();
          assertThat(scouts.get(0)).isEqualTo(job.first());
          if (n > 1) {
            assertThat(scouts.get(scouts.size() - 1)).isEqualTo(job.last());
          }
          assertThat(inJobOrder(scouts, job)).isTrue();
        });
  }

  @Test
  void listedScoutsWithinTheJobResolveToThemInJobOrder() {
    Trials.forAll(
        random -> {
          FrameSpec job = Trials.job(random).spec();
          List<Integer> picked = pick(job, random);
          ScoutSpec scouts = ScoutSpec.parse(String.join(", ", strings(picked)));
          List<Integer> resolved = scouts.resolve(job);
          assertThat(resolved).containsExactlyInAnyOrderElementsOf(picked);
          assertThat(inJobOrder(resolved, job)).isTrue();
        });
  }

  @Test
  void listedScoutsOutsideTheJobAlwaysFail() {
    Trials.forAll(
        random -> {
          FrameSpec job = Trials.job(random).spec();
          int outside = job.first();
          while (job.contains(outside)) {
            outside = random.nextInt(1000) - 300;
          }
          List<Integer> scouts = new ArrayList<>(pick(job, random));
          scouts.add(random.nextInt(scouts.size() + 1), outside);
          String text = String.join(" , ", strings(scouts));
          FrameSpecException e =
              catchThrowableOfType(
                  FrameSpecException.class, () -> ScoutSpec.parse(text).resolve(job));
          assertThat(e).as(text).isNotNull();
          assertThat(e.spec()).isEqualTo(text);
          assertThat(e)
              .hasMessage(
                  "scout spec '"
                      + text
                      + "': frame "
                      + outside
                      + " is not among the job's frames "
                      + job
                      + " (pick scout frames from the job's frames, or use auto:N)");
        });
  }

  @Test
  void chunksPartitionTheFramesWithScoutsFirst() {
    Trials.forAll(
        random -> {
          FrameSpec job = Trials.job(random).spec();
          ScoutSpec scouts =
              switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> new ScoutSpec.Auto(1 + random.nextInt(6));
                default -> ScoutSpec.parse(String.join(",", strings(pick(job, random))));
              };
          int chunkSize = 1 + random.nextInt(12);
          List<FrameChunk> chunks = TaskPlan.of(job, scouts, chunkSize).chunks();

          List<Integer> scoutFrames = scouts == null ? List.of() : scouts.resolve(job);
          int scoutChunks = (int) chunks.stream().filter(FrameChunk::scout).count();
          assertThat(scoutChunks).isEqualTo(scoutFrames.size());
          List<Integer> all = new ArrayList<>();
          List<Integer> rest = new ArrayList<>();
          for (int i = 0; i < chunks.size(); i++) {
            FrameChunk chunk = chunks.get(i);
            assertThat(chunk.scout()).as("chunk %d", i).isEqualTo(i < scoutChunks);
            assertThat(chunk.frames()).hasSizeLessThanOrEqualTo(chunkSize);
            if (chunk.scout()) {
              assertThat(chunk.frames()).containsExactly(scoutFrames.get(i));
            } else {
              rest.addAll(chunk.frames());
              if (i < chunks.size() - 1) {
                assertThat(chunk.frames()).hasSize(chunkSize);
              }
            }
            all.addAll(chunk.frames());
          }
          assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(job.frames());
          List<Integer> expectedRest = new ArrayList<>(job.frames());
          expectedRest.removeAll(scoutFrames);
          assertThat(rest).isEqualTo(expectedRest);
        });
  }

  /** One to five of the job's frames, in random order. */
  private static List<Integer> pick(FrameSpec job, Random random) {
    List<Integer> picked = new ArrayList<>();
    for (int n = 1 + random.nextInt(5); n > 0; n--) {
      int frame = job.frames().get(random.nextInt(job.size()));
      if (!picked.contains(frame)) {
        picked.add(frame);
      }
    }
    return picked;
  }

  private static List<String> strings(List<Integer> frames) {
    return frames.stream().map(String::valueOf).toList();
  }

  private static boolean inJobOrder(List<Integer> frames, FrameSpec job) {
    for (int i = 1; i < frames.size(); i++) {
      if (job.frames().indexOf(frames.get(i - 1)) >= job.frames().indexOf(frames.get(i))) {
        return false;
      }
    }
    return true;
  }
}
