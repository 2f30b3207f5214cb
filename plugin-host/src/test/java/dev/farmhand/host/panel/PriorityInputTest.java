package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityInputTest {
  @Test
  void aWholeNumberFromZeroToAHundredIsAPriority() {
    assertThat(PriorityInput.parse("0")).isZero();
    assertThat(PriorityInput.parse(" 85 ")).isEqualTo(85);
    assertThat(PriorityInput.parse("100")).isEqualTo(100);
  }

  @Test
  void aValueOutOfRangeIsRefusedNamingTheRange() {
    assertThatThrownBy(() -> PriorityInput.parse("150"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("150 is out of range: give 0 to 100 (higher runs first)");
    assertThatThrownBy(() -> PriorityInput.parse("-1"))
        .hasMessage("-1 is out of range: give 0 to 100 (higher runs first)");
  }

  @Test
  void textThatIsNotAWholeNumberIsRefused() {
    assertThatThrownBy(() -> PriorityInput.parse("high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'high' is not a whole number: give 0 to 100 (higher runs first)");
  }
}
