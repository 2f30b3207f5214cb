package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery: good and bad manifests, user plugins over built-in ones, choosing by scene ending. */
class PluginRegistryTest {
  @TempDir Path builtIn;
  @TempDir Path user;

  private PluginRegistry discover() {
    return PluginRegistry.discover(new PluginFolders(Optional.of(builtIn), user));
  }

  @Test
  void aBadManifestIsReportedWithItsFolderAndFaultAndSkipped() throws Exception {
    TestPlugins.write(builtIn, "good", ".good", "good", TestPlugins.sceneReturning("'x'"));
    Path bad = Files.createDirectories(builtIn.resolve("bad"));
    Files.writeString(bad.resolve("plugin.json"), "{\"version\": \"1\"}");

    try (PluginRegistry registry = discover()) {
      assertThat(registry.plugins()).extracting(PythonPlugin::name).containsExactly("good");
      assertThat(registry.notices())
          .containsExactly(
              "the plugin in "
                  + bad
                  + " was skipped: plugin manifest "
                  + bad.resolve("plugin.json")
                  + ": 'name' is missing: give lower-case letters, digits, '-' or '_'");
    }
  }

  @Test
  void aUserPluginReplacesTheBuiltInOneOfTheSameNameAndSaysSo() throws Exception {
    Path shipped = TestPlugins.write(builtIn, "sample", ".fhscene", "a", "");
    Path own = TestPlugins.write(user, "sample", ".fhscene", "b", "");

    try (PluginRegistry registry = discover()) {
      assertThat(registry.plugins()).hasSize(1);
      assertThat(registry.plugin("sample").orElseThrow().manifest().folder()).isEqualTo(own);
      assertThat(registry.notices())
          .containsExactly(
              "plugin 'sample' in " + own + " replaces the built-in one in " + shipped);
    }
  }

  @Test
  void aBrokenUserCopyIsSkippedWithItsFaultAndTheBuiltInPluginStays() throws Exception {
    Path shipped = TestPlugins.write(builtIn, "sample", ".fhscene", "a", "");
    Path own = Files.createDirectories(user.resolve("sample"));
    Files.writeString(
        own.resolve("plugin.json"),
        "{\"name\": \"sample\", \"version\": \"2.0.0\", \"dcc\": \"Mine\","
            + " \"scene_extensions\": [\".fhscene\"], \"entry\": \"gone\"}");

    try (PluginRegistry registry = discover()) {
      assertThat(registry.plugins()).hasSize(1);
      assertThat(registry.forScene(Path.of("a.fhscene")).manifest().folder()).isEqualTo(shipped);
      assertThat(registry.notices())
          .containsExactly(
              "the plugin in "
                  + own
                  + " was skipped: plugin manifest "
                  + own.resolve("plugin.json")
                  + ": 'entry' names the module 'gone' but there is no gone.py next to the"
                  + " manifest");
    }
  }

  @Test
  void aSecondPluginOfTheSameNameInOneFolderIsSkipped() throws Exception {
    Path first = TestPlugins.write(builtIn, "a-one", ".one", "m", "");
    Path second = builtIn.resolve("b-two");
    Files.createDirectories(second);
    Files.copy(first.resolve("plugin.json"), second.resolve("plugin.json"));
    Files.writeString(second.resolve("m.py"), "");

    try (PluginRegistry registry = discover()) {
      assertThat(registry.plugins()).hasSize(1);
      assertThat(registry.notices())
          .containsExactly(
              "the plugin in "
                  + second
                  + " was skipped: 'a-one' is already the plugin in "
                  + first
                  + "; give one another name");
    }
  }

  @Test
  void forScenePicksThePluginByTheFileEndingIgnoringCase() throws Exception {
    TestPlugins.write(builtIn, "one", ".one", "m", "");
    TestPlugins.write(builtIn, "two", ".two", "m", "");

    try (PluginRegistry registry = discover()) {
      assertThat(registry.forScene(Path.of("shots", "A.TWO")).name()).isEqualTo("two");
    }
  }

  @Test
  void anUnknownEndingListsWhatThePluginsReadAndWhereToInstallOne() throws Exception {
    TestPlugins.write(builtIn, "sample", ".fhscene", "m", "");
    TestPlugins.write(builtIn, "blender", ".blend", "m", "");

    try (PluginRegistry registry = discover()) {
      assertThatThrownBy(() -> registry.forScene(Path.of("shot.xyz")))
          .isInstanceOf(NoPluginForSceneException.class)
          .hasMessage(
              "no plugin reads '.xyz' scenes: the plugins read .blend (blender), .fhscene"
                  + " (sample); install one in "
                  + user);
      assertThatThrownBy(() -> registry.forScene(Path.of("README")))
          .hasMessageStartingWith("no plugin reads 'README': it has no file ending: ");
    }
  }

  @Test
  void withoutPluginsTheErrorSaysNoneAreInstalled() {
    try (PluginRegistry registry =
        PluginRegistry.discover(new PluginFolders(Optional.empty(), user))) {
      assertThatThrownBy(() -> registry.forScene(Path.of("a.blend")))
          .hasMessage(
              "no plugin reads '.blend' scenes: no plugins are installed; install one in " + user);
      assertThat(registry.notices()).isEmpty();
    }
  }

  @Test
  void aMissingBuiltInFolderIsReportedNotFatal() {
    Path nowhere = builtIn.resolve("nowhere");

    try (PluginRegistry registry =
        PluginRegistry.discover(new PluginFolders(Optional.of(nowhere), user))) {
      assertThat(registry.plugins()).isEmpty();
      assertThat(registry.notices())
          .containsExactly(
              "the built-in plugins folder " + nowhere + " does not exist; it was skipped");
    }
  }

  @Test
  void theRepositorysBuiltInPluginsIncludeTheSamplePlugin() {
    try (PluginRegistry registry =
        PluginRegistry.discover(new PluginFolders(Optional.of(TestPlugins.BUILT_IN), user))) {
      assertThat(registry.forScene(TestPlugins.TURNTABLE).name()).isEqualTo("sample");
      assertThat(registry.notices()).isEmpty();
    }
  }

  @Test
  void theUserFolderFollowsXdgDataHomeElseTheHomeFolder() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path expected =
        xdg != null && Path.of(xdg).isAbsolute()
            ? Path.of(xdg, "farmhand", "plugins")
            : Path.of(System.getProperty("user.home"), ".local/share/farmhand/plugins");

    assertThat(PluginFolders.defaultUserFolder()).isEqualTo(expected);
  }
}
