package dev.farmhand.core.autodownload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputFilterTest {
  @Test
  void withNeitherJobsNorGlobEverythingPasses() {
    OutputFilter filter = new OutputFilter(Set.of(), null);
    assertThat(filter.job("j-9")).isTrue();
    assertThat(filter.path("renders/a_0001.exr")).isTrue();
  }

  @Test
  void onlyTheJobsNamedAreFollowed() {
    OutputFilter filter = new OutputFilter(Set.of("j-1", "j-2"), null);
    assertThat(filter.job("j-1")).isTrue();
    assertThat(filter.job("j-3")).isFalse();
  }

  @Test
  void aGlobWithoutASlashMatchesTheFileNameInAnyFolder() {
    OutputFilter filter = new OutputFilter(Set.of(), "*.png");
    assertThat(filter.path("renders/deep/a_0001.png")).isTrue();
    assertThat(filter.path("a_0001.png")).isTrue();
    assertThat(filter.path("renders/a_0001.exr")).isFalse();
  }

  @Test
  void aGlobWithASlashMatchesTheWholePath() {
    OutputFilter filter = new OutputFilter(Set.of(), "beauty/**");
    assertThat(filter.path("beauty/a_0001.exr")).isTrue();
    assertThat(filter.path("beauty/sub/a_0001.exr")).isTrue();
    assertThat(filter.path("depth/a_0001.exr")).isFalse();
  }

  @Test
  void aBrokenGlobIsRefusedByNameWithAnExample() {
    assertThatThrownBy(() -> new OutputFilter(Set.of(), "renders/[a-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'renders/[a-'")
        .hasMessageContaining("'*.png'");
  }
}
