package dev.farmhand.core.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSpecPropertiesTest {

  @Test
  void aSpecNamesExactlyTheFramesOfItsItemsInOrder() {
    Trials.forAll(
        random -> {
          Trials.Job job = Trials.job(random);
          FrameSpec spec = job.spec();
          assertThat(spec.frames()).as(job.text()).isEqualTo(job.frames());
          assertThat(spec.size()).isEqualTo(job.frames().size());
          assertThat(spec.first()).isEqualTo(job.frames().get(0));
          assertThat(spec.last()).isEqualTo(job.frames().get(job.frames().size() - 1));
          assertThat(spec.text()).isEqualTo(job.text());
        });
  }

  @Test
  void theCanonicalFormParsesBackToTheSameFrames() {
    Trials.forAll(
        random -> {
          FrameSpec spec = Trials.job(random).spec();
          String canonical = spec.toString();
          FrameSpec again = FrameSpec.parse(canonical);
          assertThat(again).as(canonical).isEqualTo(spec).hasSameHashCodeAs(spec);
          assertThat(again.frames()).isEqualTo(spec.frames());
          assertThat(again).hasToString(canonical);
          assertThat(canonical).doesNotContain(" ");
        });
  }

  @Test
  void everyFrameOfARangeLiesBetweenItsEndsAndFollowsTheStep() {
    Trials.forAll(
        random -> {
          FrameItem item = Trials.range(random);
          List<Integer> frames = FrameSpec.parse(item.text()).frames();
          int low = Math.min(item.first(), item.last());
          int high = Math.max(item.first(), item.last());
          int direction = item.last() >= item.first() ? 1 : -1;
          assertThat(frames.get(0)).as(item.text()).isEqualTo(item.first());
          assertThat(frames).as(item.text()).allSatisfy(f -> assertThat(f).isBetween(low, high));
          for (int k = 1; k < frames.size(); k++) {
            assertThat(frames.get(k) - frames.get(k - 1)).isEqualTo(direction * item.step());
          }
          int end = frames.get(frames.size() - 1);
          assertThat(Math.abs(item.last() - end)).as(item.text()).isLessThan(item.step());
        });
  }

  @Test
  void containsAgreesWithTheFrameList() {
    Trials.forAll(
        random -> {
          FrameSpec spec = Trials.job(random).spec();
          int probe = random.nextInt(800) - 200;
          assertThat(spec.contains(probe)).isEqualTo(spec.frames().contains(probe));
        });
  }

  @Test
  void anyTextEitherParsesOrIsRefusedWithTheSpecQuoted() {
    String alphabet = "0123456789--xx,, .a";
    Trials.forAll(
        random -> {
          StringBuilder text = new StringBuilder();
          for (int n = random.nextInt(12); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          String spec = text.toString();
          try {
            FrameSpec parsed = FrameSpec.parse(spec);
            assertThat(FrameSpec.parse(parsed.toString())).isEqualTo(parsed);
          } catch (FrameSpecException e) {
            assertThat(e.spec()).isEqualTo(spec);
            assertThat(e).hasMessage("frame spec '" + spec + "': " + e.problem());
            assertThat(e.problem()).endsWith(")");
          }
        });
  }
}
