package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputPatternTest {
  @ParameterizedTest(name = "{0} frame {1} is {2}")
  @CsvSource({
    "renders/turntable_####.png, 7, renders/turntable_0007.png",
    "renders/turntable_####.png, 0, renders/turntable_0000.png",
    "renders/turntable_####.png, 1234, renders/turntable_1234.png",
    "renders/turntable_####.png, 12345, renders/turntable_12345.png",
    "renders/turntable_####.png, -7, renders/turntable_-0007.png",
    "renders/turntable_####.png, -12345, renders/turntable_-12345.png",
    "shot_#.exr, 7, shot_7.exr",
    "shot_#.exr, 42, shot_42.exr",
    "shot_##.exr, 7, shot_07.exr",
    "shot.######, 7, shot.000007",
    "####, 7, 0007",
    "a/b/####_beauty.png, 7, a/b/0007_beauty.png",
  })
  void namesAFrameByPaddingItsNumberToTheRunOfHashes(String pattern, int frame, String expected) {
    OutputPattern outputs = OutputPattern.of(pattern);

    assertThat(outputs.fileFor(frame)).isEqualTo(expected);
    assertThat(outputs.frameOf(expected)).hasValue(frame);
  }

  @Test
  void theSmallestAndLargestFramesRoundTrip() {
    OutputPattern outputs = OutputPattern.of("f_####.png");

    assertThat(outputs.fileFor(Integer.MIN_VALUE)).isEqualTo("f_-2147483648.png");
    assertThat(outputs.frameOf("f_-2147483648.png")).hasValue(Integer.MIN_VALUE);
    assertThat(outputs.frameOf("f_2147483647.png")).hasValue(Integer.MAX_VALUE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "renders/turntable_7.png",
    "renders/turntable_00007.png",
    "renders/turntable_-007.png",
    "renders/turntable_+007.png",
    "renders/turntable_00a7.png",
    "renders/turntable_.png",
    "renders/turntable_0007.exr",
    "other/turntable_0007.png",
    "turntable_0007.png",
    "renders/turntable_2147483648.png",
  })
  void aFileThePatternDoesNotNameBelongsToNoFrame(String file) {
    assertThat(OutputPattern.of("renders/turntable_####.png").frameOf(file))
        .isEqualTo(OptionalInt.empty());
  }

  @Test
  void aPatternWithoutHashesIsRefusedWithOneThatWouldDo() {
    assertThatThrownBy(() -> OutputPattern.of("renders/turntable.png"))
        .isInstanceOf(InvalidOutputPatternException.class)
        .hasMessage(
            "output pattern 'renders/turntable.png' has no '#' for the frame number: write it as"
                + " renders/turntable_####.png");
    assertThatThrownBy(() -> OutputPattern.of("renders/turntable"))
        .hasMessage(
            "output pattern 'renders/turntable' has no '#' for the frame number: write it as"
                + " renders/turntable_####");
  }

  @Test
  void hashesInAFolderNameAreRefused() {
    assertThatThrownBy(() -> OutputPattern.of("shot_##/frame_####.png"))
        .isInstanceOf(InvalidOutputPatternException.class)
        .hasMessage(
            "output pattern 'shot_##/frame_####.png' has '#' in the folder name 'shot_##': only the"
                + " file name holds the frame number, as in renders/shot_####.png");
  }

  @Test
  void twoRunsOfHashesAreRefused() {
    assertThatThrownBy(() -> OutputPattern.of("renders/##_####.png"))
        .hasMessage(
            "output pattern 'renders/##_####.png' has more than one run of '#' in its file name:"
                + " keep one, as in renders/shot_####.png");
  }

  @Test
  void aPatternThatWouldLeaveTheOutputFolderIsRefusedAsAnUnsafePath() {
    assertThatThrownBy(() -> OutputPattern.of("../renders/turntable_####.png"))
        .isInstanceOf(InvalidOutputPatternException.class)
        .hasMessage(
            "output pattern '../renders/turntable_####.png' leaves its folder: '..' is not allowed");
    assertThatThrownBy(() -> OutputPattern.of("/renders/turntable_####.png"))
        .hasMessage(
            "output pattern '/renders/turntable_####.png' is absolute: give it relative to its folder,"
                + " such as turntable_####.png");
    assertThatThrownBy(() -> OutputPattern.of(""))
        .hasMessage("output pattern '' is empty: give a path inside the folder, such as a/b.png");
  }

  @Test
  void patternsAreEqualWhenWrittenAlike() {
    assertThat(OutputPattern.of("a/f_####.png")).isEqualTo(OutputPattern.of("a/f_####.png"));
    assertThat(OutputPattern.of("a/f_####.png").toString()).isEqualTo("a/f_####.png");
    assertThat(OutputPattern.of("a/f_##.png").width()).isEqualTo(2);
  }
}
