package dev.farmhand.core.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FrameSpecErrorsTest {

  private static void assertRefused(String spec, String message) {
    FrameSpecException e =
        catchThrowableOfType(FrameSpecException.class, () -> FrameSpec.parse(spec));
    assertThat(e).as("parse(\"%s\")", spec).isNotNull().hasMessage(message);
    assertThat(e.spec()).isEqualTo(spec);
    assertThat(message).isEqualTo("frame spec '" + spec + "': " + e.problem());
  }

  @Test
  void theExceptionCarriesTheSpecAndTheProblem() {
    FrameSpecException e =
        catchThrowableOfType(FrameSpecException.class, () -> FrameSpec.parse("5-1x0"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.spec()).isEqualTo("5-1x0");
    assertThat(e.problem())
        .isEqualTo("step 0 in '5-1x0' must be 1 or more (write 5-1 for every frame)");
    assertThat(e)
        .hasMessage(
            "frame spec '5-1x0': step 0 in '5-1x0' must be 1 or more (write 5-1 for every frame)");
  }

  @Test
  void anEmptyOrBlankSpecHasNoFrames() {
    assertRefused(
        "", "frame spec '': it has no frames (write frames such as 1-100, 1,5,9 or 1-100x2)");
    assertRefused(
        "  ", "frame spec '  ': it has no frames (write frames such as 1-100, 1,5,9 or 1-100x2)");
  }

  @Test
  void anEmptyItemIsAnExtraComma() {
    assertRefused("1,,3", "frame spec '1,,3': empty item after '1' (remove the extra comma)");
    assertRefused("1,2,", "frame spec '1,2,': empty item after '2' (remove the extra comma)");
    assertRefused(",1", "frame spec ',1': empty item at the start (remove the extra comma)");
    assertRefused(
        "1-5, ,7", "frame spec '1-5, ,7': empty item after '1-5' (remove the extra comma)");
  }

  @Test
  void wordsAreNotFrameNumbers() {
    assertRefused(
        "a-b",
        "frame spec 'a-b': 'a' in 'a-b' is not a frame number"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
    assertRefused(
        "1-b",
        "frame spec '1-b': 'b' in '1-b' is not a frame number"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
    assertRefused(
        "1,all",
        "frame spec '1,all': 'all' in 'all' is not a frame number"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
  }

  @Test
  void anythingElseAfterANumberIsUnexpected() {
    assertRefused(
        "1-10y2",
        "frame spec '1-10y2': unexpected 'y2' in '1-10y2'"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
    assertRefused(
        "1.5",
        "frame spec '1.5': unexpected '.5' in '1.5'"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
    assertRefused(
        "1 2",
        "frame spec '1 2': unexpected '2' in '1 2'"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
    assertRefused(
        "1-10x2x3",
        "frame spec '1-10x2x3': unexpected 'x3' in '1-10x2x3'"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
  }

  @Test
  void aStepMustBeAWholeNumber() {
    assertRefused(
        "1-10xy", "frame spec '1-10xy': 'y' in '1-10xy' is not a step (write A-BxS, e.g. 1-100x2)");
  }

  @Test
  void aStepOfZeroSuggestsEveryFrame() {
    assertRefused(
        "5-1x0",
        "frame spec '5-1x0': step 0 in '5-1x0' must be 1 or more (write 5-1 for every frame)");
  }

  @Test
  void aNegativeStepSuggestsThePositiveOne() {
    assertRefused(
        "10-1x-2",
        "frame spec '10-1x-2': step -2 in '10-1x-2' must be 1 or more"
            + " (write 10-1x2; a range counts down by itself)");
  }

  @Test
  void aRangeWithoutItsLastFrameSaysSo() {
    assertRefused("1-", "frame spec '1-': '1-' has no last frame (write A-B, e.g. 1-100)");
    assertRefused("1 - ,5", "frame spec '1 - ,5': '1 -' has no last frame (write A-B, e.g. 1-100)");
  }

  @Test
  void aDashWithoutAFirstFrameSaysSoAndHowNegativesAreWritten() {
    assertRefused(
        "-",
        "frame spec '-': '-' has no first frame"
            + " (write A-B, e.g. 1-100; a negative frame is -N with no space)");
    assertRefused(
        "- 5",
        "frame spec '- 5': '- 5' has no first frame"
            + " (write A-B, e.g. 1-100; a negative frame is -N with no space)");
  }

  @Test
  void anXWithoutAStepSaysSo() {
    assertRefused(
        "1-10x", "frame spec '1-10x': '1-10x' has no step after the x (write A-BxS, e.g. 1-100x2)");
  }

  @Test
  void aFrameGivenTwiceNamesTheFrameAndBothItems() {
    assertRefused(
        "1-10,5",
        "frame spec '1-10,5': frame 5 is given twice, in '1-10' and in '5' (list each frame once)");
    assertRefused(
        "20, 1-10x2 ,9-1x4",
        "frame spec '20, 1-10x2 ,9-1x4': frame 1 is given twice, in '1-10x2' and in '9-1x4'"
            + " (list each frame once)");
    assertRefused(
        "5,5",
        "frame spec '5,5': frame 5 is given twice, in '5' and in '5' (list each frame once)");
  }

  @Test
  void moreFramesThanTheLimitNamesTheLimit() {
    assertRefused(
        "1-1000001",
        "frame spec '1-1000001': it has 1000001 frames, more than the limit of 1000000"
            + " (split the frames over several jobs)");
    assertRefused(
        "1-600000,-1--600000",
        "frame spec '1-600000,-1--600000': it has 1200000 frames, more than the limit of 1000000"
            + " (split the frames over several jobs)");
    assertRefused(
        "-2147483648-2147483647",
        "frame spec '-2147483648-2147483647': it has 4294967296 frames, more than the limit of"
            + " 1000000 (split the frames over several jobs)");
  }

  @Test
  void aFrameOutsideTheIntRangeNamesTheRange() {
    assertRefused(
        "1-3000000000",
        "frame spec '1-3000000000': frame 3000000000 in '1-3000000000' is out of range"
            + " (frames go from -2147483648 to 2147483647)");
    assertRefused(
        "-2147483649",
        "frame spec '-2147483649': frame -2147483649 in '-2147483649' is out of range"
            + " (frames go from -2147483648 to 2147483647)");
    assertRefused(
        "99999999999999999999999",
        "frame spec '99999999999999999999999': frame 99999999999999999999999"
            + " in '99999999999999999999999' is out of range"
            + " (frames go from -2147483648 to 2147483647)");
  }

  @Test
  void aStepOutsideTheIntRangeNamesTheLimit() {
    assertRefused(
        "1-10x2147483648",
        "frame spec '1-10x2147483648': step 2147483648 in '1-10x2147483648' is out of range"
            + " (a step is at most 2147483647)");
    assertRefused(
        "1-10x99999999999999999999",
        "frame spec '1-10x99999999999999999999': step 99999999999999999999"
            + " in '1-10x99999999999999999999' is out of range (a step is at most 2147483647)");
  }

  @Test
  void aWritingMistakeIsReportedBeforeTheFrameCountAndTheCountBeforeADuplicate() {
    assertRefused(
        "1-2000000,a",
        "frame spec '1-2000000,a': 'a' in 'a' is not a frame number"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
    assertRefused(
        "1-2000000,5",
        "frame spec '1-2000000,5': it has 2000001 frames, more than the limit of 1000000"
            + " (split the frames over several jobs)");
  }

  @Test
  void theFirstBadItemIsTheOneReported() {
    assertRefused(
        "1-10,a,,",
        "frame spec '1-10,a,,': 'a' in 'a' is not a frame number"
            + " (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2)");
  }
}
