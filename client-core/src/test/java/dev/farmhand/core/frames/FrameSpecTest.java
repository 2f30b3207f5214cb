package dev.farmhand.core.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSpecTest {

  @Test
  void aRangeNamesEveryFrameFromFirstToLast() {
    assertThat(FrameSpec.parse("1-100").frames()).hasSize(100).startsWith(1, 2).endsWith(99, 100);
  }

  @Test
  void aSteppedRangeNamesEverySthFrame() {
    assertThat(FrameSpec.parse("1-100x2").frames()).hasSize(50).startsWith(1, 3).endsWith(97, 99);
  }

  @Test
  void singleFramesKeepTheirOrder() {
    assertThat(FrameSpec.parse("9,1,5").frames()).containsExactly(9, 1, 5);
    assertThat(FrameSpec.parse("1,5,9").frames()).containsExactly(1, 5, 9);
  }

  @Test
  void itemsMix() {
    assertThat(FrameSpec.parse("1-10x3,20").frames()).containsExactly(1, 4, 7, 10, 20);
  }

  @Test
  void spacesAreAllowedAroundNumbersCommasDashesAndX() {
    assertThat(FrameSpec.parse(" 1 - 10 x 3 , 20 ").frames()).containsExactly(1, 4, 7, 10, 20);
    assertThat(FrameSpec.parse("\t1-3 ,\t7").frames()).containsExactly(1, 2, 3, 7);
  }

  @Test
  void anUppercaseXIsAStepToo() {
    assertThat(FrameSpec.parse("1-10X4").frames()).containsExactly(1, 5, 9);
  }

  @Test
  void aDescendingRangeRendersInTheOrderWritten() {
    assertThat(FrameSpec.parse("5-1").frames()).containsExactly(5, 4, 3, 2, 1);
    assertThat(FrameSpec.parse("10-1x3").frames()).containsExactly(10, 7, 4, 1);
  }

  @Test
  void theStepNeedNotLandOnTheLastFrame() {
    assertThat(FrameSpec.parse("1-10x4").frames()).containsExactly(1, 5, 9);
    assertThat(FrameSpec.parse("10-1x4").frames()).containsExactly(10, 6, 2);
  }

  @Test
  void aRangeOfOneFrameIsThatFrame() {
    assertThat(FrameSpec.parse("7-7").frames()).containsExactly(7);
    assertThat(FrameSpec.parse("7-7x5").frames()).containsExactly(7);
  }

  @Test
  void aMinusSignAgainstTheDigitsMakesANegativeFrame() {
    assertThat(FrameSpec.parse("-5").frames()).containsExactly(-5);
    assertThat(FrameSpec.parse("-10--5").frames()).containsExactly(-10, -9, -8, -7, -6, -5);
    assertThat(FrameSpec.parse("-3-3").frames()).containsExactly(-3, -2, -1, 0, 1, 2, 3);
    assertThat(FrameSpec.parse("2 - -2").frames()).containsExactly(2, 1, 0, -1, -2);
    assertThat(FrameSpec.parse("0").frames()).containsExactly(0);
  }

  @Test
  void leadingZerosAreIgnored() {
    assertThat(FrameSpec.parse("007-010").frames()).containsExactly(7, 8, 9, 10);
  }

  @Test
  void theIntRangeIsUsableToItsEnds() {
    assertThat(FrameSpec.parse("2147483646-2147483647").frames())
        .containsExactly(2147483646, 2147483647);
    assertThat(FrameSpec.parse("-2147483648--2147483647x1").frames())
        .containsExactly(-2147483648, -2147483647);
    assertThat(FrameSpec.parse("-2147483648-2147483647x2147483647").frames())
        .containsExactly(-2147483648, -1, 2147483646);
  }

  @Test
  void theFrameLimitItselfIsAllowed() {
    FrameSpec spec = FrameSpec.parse("1-1000000");
    assertThat(spec.size()).isEqualTo(FrameSpec.MAX_FRAMES);
    assertThat(spec.last()).isEqualTo(1_000_000);
    assertThat(spec.contains(500_000)).isTrue();
  }

  @Test
  void accessorsDescribeTheFramesInSpecOrder() {
    FrameSpec spec = FrameSpec.parse(" 10-1x3 , 20 ");
    assertThat(spec.size()).isEqualTo(5);
    assertThat(spec.first()).isEqualTo(10);
    assertThat(spec.last()).isEqualTo(20);
    assertThat(spec.contains(7)).isTrue();
    assertThat(spec.contains(8)).isFalse();
    assertThat(spec.contains(20)).isTrue();
    assertThat(spec.text()).isEqualTo(" 10-1x3 , 20 ");
  }

  @Test
  void framesCannotBeModified() {
    List<Integer> frames = FrameSpec.parse("1-3").frames();
    assertThatThrownBy(() -> frames.set(0, 9)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frames.add(4)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frames.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(frames).isEqualTo(List.of(1, 2, 3));
  }

  @Test
  void toStringWritesTheCanonicalSpec() {
    assertThat(FrameSpec.parse(" 1 - 10 x 3 , 20 ")).hasToString("1-10x3,20");
    assertThat(FrameSpec.parse("1-10x4")).hasToString("1-9x4");
    assertThat(FrameSpec.parse("1,2,3,4,6")).hasToString("1-4,6");
    assertThat(FrameSpec.parse("1,2")).hasToString("1,2");
    assertThat(FrameSpec.parse("5-1")).hasToString("5-1");
    assertThat(FrameSpec.parse("10-1x3")).hasToString("10-1x3");
    assertThat(FrameSpec.parse("-10--5")).hasToString("-10--5");
    assertThat(FrameSpec.parse("1,3,5,7,20,19,18")).hasToString("1-7x2,20-18");
    assertThat(FrameSpec.parse("007")).hasToString("7");
  }

  @Test
  void specsAreEqualWhenTheyNameTheSameFramesInTheSameOrder() {
    assertThat(FrameSpec.parse("1-5")).isEqualTo(FrameSpec.parse("1,2,3,4,5"));
    assertThat(FrameSpec.parse("1-5")).hasSameHashCodeAs(FrameSpec.parse(" 1 , 2-5 "));
    assertThat(FrameSpec.parse("1-10x4")).isEqualTo(FrameSpec.parse("1-9x4"));
    assertThat(FrameSpec.parse("1-5")).isNotEqualTo(FrameSpec.parse("5-1"));
    assertThat(FrameSpec.parse("1-5")).isNotEqualTo(FrameSpec.parse("1-6"));
  }

  @Test
  void aNullSpecIsAProgrammingError() {
    assertThatThrownBy(() -> FrameSpec.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("spec");
  }
}
