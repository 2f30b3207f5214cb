package dev.farmhand.core.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ScoutSpecTest {
  private static final FrameSpec JOB = FrameSpec.parse("1-100");

  private static void assertRefused(String scout, String message) {
    FrameSpecException e =
        catchThrowableOfType(FrameSpecException.class, () -> ScoutSpec.parse(scout));
    assertThat(e).as("parse(\"%s\")", scout).isNotNull().hasMessage(message);
    assertThat(e.spec()).isEqualTo(scout);
  }

  @Test
  void autoSpreadsFramesEvenlyIncludingFirstAndLast() {
    assertThat(ScoutSpec.parse("auto:3").resolve(JOB)).containsExactly(1, 50, 100);
    assertThat(ScoutSpec.parse("auto:2").resolve(JOB)).containsExactly(1, 100);
    assertThat(ScoutSpec.parse("auto:5").resolve(FrameSpec.parse("1-9")))
        .containsExactly(1, 3, 5, 7, 9);
  }

  @Test
  void autoOneIsTheFirstFrame() {
    assertThat(ScoutSpec.parse("auto:1").resolve(JOB)).containsExactly(1);
    assertThat(ScoutSpec.parse("auto:1").resolve(FrameSpec.parse("10-1"))).containsExactly(10);
  }

  @Test
  void autoAtLeastTheJobSizeIsEveryFrame() {
    FrameSpec job = FrameSpec.parse("5,3,9");
    assertThat(ScoutSpec.parse("auto:3").resolve(job)).containsExactly(5, 3, 9);
    assertThat(ScoutSpec.parse("auto:50").resolve(job)).containsExactly(5, 3, 9);
  }

  @Test
  void autoFollowsTheJobsOrderNotTheFrameNumbers() {
    assertThat(ScoutSpec.parse("auto:3").resolve(FrameSpec.parse("100-1")))
        .containsExactly(100, 51, 1);
    assertThat(ScoutSpec.parse("auto:3").resolve(FrameSpec.parse("1-10x3,20")))
        .containsExactly(1, 7, 20);
  }

  @Test
  void autoAllowsSpacesAndAnyCase() {
    ScoutSpec scout = ScoutSpec.parse(" AUTO : 3 ");
    assertThat(scout).isEqualTo(new ScoutSpec.Auto(3)).hasToString("auto:3");
    assertThat(scout.text()).isEqualTo("auto:3");
  }

  @Test
  void listedScoutsResolveInTheJobsOrder() {
    assertThat(ScoutSpec.parse("1,50,100").resolve(JOB)).containsExactly(1, 50, 100);
    assertThat(ScoutSpec.parse("1-100x25").resolve(JOB)).containsExactly(1, 26, 51, 76);
    assertThat(ScoutSpec.parse("100,1").resolve(JOB)).containsExactly(1, 100);
    assertThat(ScoutSpec.parse("1,100").resolve(FrameSpec.parse("100-1"))).containsExactly(100, 1);
  }

  @Test
  void aListedScoutSpecKeepsItsText() {
    ScoutSpec scout = ScoutSpec.parse(" 1 , 50 ");
    assertThat(scout).isInstanceOf(ScoutSpec.Listed.class).hasToString("1,50");
    assertThat(scout.text()).isEqualTo(" 1 , 50 ");
  }

  @Test
  void aListedScoutOutsideTheJobIsNamed() {
    assertThatThrownBy(() -> ScoutSpec.parse("0,50").resolve(JOB))
        .isInstanceOf(FrameSpecException.class)
        .hasMessage(
            "scout spec '0,50': frame 0 is not among the job's frames 1-100"
                + " (pick scout frames from the job's frames, or use auto:N)");
  }

  @Test
  void everyListedScoutOutsideTheJobIsNamed() {
    assertThatThrownBy(() -> ScoutSpec.parse("200,0,50").resolve(JOB))
        .isInstanceOf(FrameSpecException.class)
        .hasMessage(
            "scout spec '200,0,50': frames 200 and 0 are not among the job's frames 1-100"
                + " (pick scout frames from the job's frames, or use auto:N)");
    assertThatThrownBy(() -> ScoutSpec.parse("0, 2, 99-110").resolve(FrameSpec.parse("1-99x2")))
        .isInstanceOf(FrameSpecException.class)
        .hasMessage(
            "scout spec '0, 2, 99-110': frames 0, 2 and 100-110 are not among the job's"
                + " frames 1-99x2 (pick scout frames from the job's frames, or use auto:N)");
  }

  @Test
  void aBadListedScoutSpecIsReportedAsAScoutSpec() {
    assertRefused("1,,3", "scout spec '1,,3': empty item after '1' (remove the extra comma)");
    assertRefused(
        "", "scout spec '': it has no frames (write frames such as 1-100, 1,5,9 or 1-100x2)");
  }

  @Test
  void autoNeedsACount() {
    assertRefused(
        "auto:",
        "scout spec 'auto:': auto: needs a count (write auto:N with N 1 or more, e.g. auto:3)");
    assertRefused(
        "auto",
        "scout spec 'auto': auto needs a colon and a count"
            + " (write auto:N with N 1 or more, e.g. auto:3)");
    assertRefused(
        "auto3",
        "scout spec 'auto3': auto needs a colon and a count"
            + " (write auto:N with N 1 or more, e.g. auto:3)");
  }

  @Test
  void autoNeedsANumber() {
    assertRefused(
        "auto:x",
        "scout spec 'auto:x': 'x' after auto: is not a count"
            + " (write auto:N with N 1 or more, e.g. auto:3)");
    assertRefused(
        "auto:2.5",
        "scout spec 'auto:2.5': '2.5' after auto: is not a count"
            + " (write auto:N with N 1 or more, e.g. auto:3)");
  }

  @Test
  void autoNeedsACountOfOneOrMore() {
    assertRefused(
        "auto:0",
        "scout spec 'auto:0': count 0 must be 1 or more"
            + " (write auto:1 for the first frame only, or give no scout spec for no scouts)");
    assertRefused(
        "auto:-2",
        "scout spec 'auto:-2': count -2 must be 1 or more"
            + " (write auto:1 for the first frame only, or give no scout spec for no scouts)");
    assertThatThrownBy(() -> new ScoutSpec.Auto(0))
        .isInstanceOf(FrameSpecException.class)
        .hasMessage(
            "scout spec 'auto:0': count 0 must be 1 or more"
                + " (write auto:1 for the first frame only, or give no scout spec for no scouts)");
  }

  @Test
  void autoCountsBeyondTheIntRangeAreRefused() {
    assertRefused(
        "auto:3000000000",
        "scout spec 'auto:3000000000': count 3000000000 is out of range (a count is at most"
            + " 2147483647)");
    assertThat(ScoutSpec.parse("auto:2147483647").resolve(JOB)).hasSize(100);
  }

  @Test
  void aNullScoutSpecIsAProgrammingError() {
    assertThatThrownBy(() -> ScoutSpec.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("spec");
  }
}
