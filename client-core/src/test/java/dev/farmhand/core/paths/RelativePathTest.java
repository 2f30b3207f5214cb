package dev.farmhand.core.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativePathTest {
  @TempDir Path root;

  @Test
  void aPlainRelativePathIsKeptAsGiven() {
    RelativePath path = RelativePath.of("textures/wood grain.png");

    assertThat(path.toString()).isEqualTo("textures/wood grain.png");
    assertThat(path.segments()).containsExactly("textures", "wood grain.png");
    assertThat(path.fileName()).isEqualTo("wood grain.png");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/etc/passwd | path '/etc/passwd' is absolute: give it relative to its folder, such as"
            + " passwd",
        "C:/shots/a.png | path 'C:/shots/a.png' names a drive: give it relative to its folder,"
            + " such as a.png",
        "\\\\server\\share\\a.png | path '\\\\server\\share\\a.png' is absolute: give it relative"
            + " to its folder, such as a.png",
        "textures\\a.png | path 'textures\\a.png' uses '\\': separate folders with '/', as in"
            + " textures/a.png",
        "../secrets.txt | path '../secrets.txt' leaves its folder: '..' is not allowed",
        "a/../../b | path 'a/../../b' leaves its folder: '..' is not allowed",
        "a//b | path 'a//b' has an empty or '.' part: write it without '//', './' or a trailing"
            + " '/'",
        "./a | path './a' has an empty or '.' part: write it without '//', './' or a trailing '/'",
        "a/ | path 'a/' has an empty or '.' part: write it without '//', './' or a trailing '/'",
      })
  void aPathThatWouldLeaveItsFolderIsRefusedWithTheReason(String path, String message) {
    assertThatThrownBy(() -> RelativePath.of(path))
        .isInstanceOf(UnsafePathException.class)
        .hasMessage(message);
  }

  @Test
  void anEmptyPathIsRefused() {
    assertThatThrownBy(() -> RelativePath.of(""))
        .hasMessage("path '' is empty: give a path inside the folder, such as a/b.png");
  }

  @Test
  void resolvesUnderItsRootWhetherOrNotTheFileExistsYet() throws Exception {
    Path expected = root.toRealPath().resolve("renders/frame_0001.png");

    assertThat(RelativePath.of("renders/frame_0001.png").resolveUnder(root)).isEqualTo(expected);
    Files.createDirectories(expected.getParent());
    Files.writeString(expected, "png");
    assertThat(RelativePath.of("renders/frame_0001.png").resolveUnder(root)).isEqualTo(expected);
  }

  @Test
  void aLinkThatLeadsOutOfTheRootIsRefused(@TempDir Path elsewhere) throws Exception {
    Path link = Files.createSymbolicLink(root.resolve("renders"), elsewhere);

    assertThatThrownBy(() -> RelativePath.of("renders/frame_0001.png").resolveUnder(root))
        .isInstanceOf(UnsafePathException.class)
        .hasMessage(
            "path 'renders/frame_0001.png' goes through the link "
                + root.toRealPath().resolve("renders")
                + ", which leads outside "
                + root.toRealPath());
    assertThat(link).isSymbolicLink();
  }

  @Test
  void aLinkThatStaysInsideTheRootIsFollowed() throws Exception {
    Path real = Files.createDirectories(root.resolve("real"));
    Files.createSymbolicLink(root.resolve("alias"), real);

    assertThat(RelativePath.of("alias/a.png").resolveUnder(root))
        .isEqualTo(root.toRealPath().resolve("alias/a.png"));
  }
}
