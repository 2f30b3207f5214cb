package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Jython writes: nothing in the working directory or next to a plugin; its package cache, off
 * unless asked for, in the user's cache folder. Jython reads its settings once per JVM and the
 * working directory cannot change inside one, so each plugin runs in a JVM of its own ({@link
 * ReadSceneMain}) started in an empty working directory, with a home and a cache folder of the
 * test's own.
 */
@Tag("slow")
class JythonFilesTest {
  @TempDir Path root;
  private Path plugins;
  private Path work;
  private Path home;
  private Path cache;

  @BeforeEach
  void folders() throws IOException {
    plugins = Files.createDirectories(root.resolve("plugins"));
    work = Files.createDirectories(root.resolve("work"));
    home = Files.createDirectories(root.resolve("home"));
    cache = root.resolve("cache");
  }

  /** A plugin whose renderer is a Java class's name, found through a module beside it. */
  private Path plugin(String javaImport) throws IOException {
    Path plugin =
        TestPlugins.write(
            plugins,
            "javaish",
            ".j",
            "javaish",
            javaImport
                + "\nimport helper\n"
                + TestPlugins.sceneReturning("helper.name(ArrayList())"));
    Files.writeString(
        plugin.resolve("helper.py"), "def name(thing):\n    return thing.getClass().getName()\n");
    return plugin;
  }

  @Test
  void byDefaultNothingIsWrittenAnywhereAndJavaClassesAreImportedByName() throws Exception {
    Path plugin = plugin("from java.util import ArrayList");

    assertThat(readScene()).endsWith("java.util.ArrayList\n");

    assertThat(files(work)).isEmpty();
    assertThat(files(plugin)).containsExactlyInAnyOrder("plugin.json", "javaish.py", "helper.py");
    assertThat(files(home)).isEmpty();
    assertThat(cache).doesNotExist();
  }

  @Test
  void thePackageCacheWhenAskedForGoesToTheUsersCacheFolderNotTheWorkingDirectory()
      throws Exception {
    Path plugin = plugin("from java.util import *");

    assertThat(readScene("-Dpython.cachedir.skip=false")).endsWith("java.util.ArrayList\n");

    assertThat(cache.resolve("farmhand/jython/packages/packages.idx")).isRegularFile();
    assertThat(files(work)).isEmpty();
    assertThat(files(plugin)).containsExactlyInAnyOrder("plugin.json", "javaish.py", "helper.py");
    assertThat(files(home)).isEmpty();
  }

  /** Reads {@code shot.j} in a JVM of its own; returns what it printed, having checked it ran. */
  private String readScene(String... jvmOptions) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.home=" + home);
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            classPath != null ? classPath : System.getProperty("java.class.path"),
            ReadSceneMain.class.getName(),
            plugins.toString(),
            work.resolve("shot.j").toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("PYTHON") || name.startsWith("JYTHON"));
    environment.remove("XDG_DATA_HOME");
    environment.put("XDG_CACHE_HOME", cache.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the plugin run ended").isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  /** Every file and folder under a folder, relative to it. */
  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).toList();
    }
  }
}
