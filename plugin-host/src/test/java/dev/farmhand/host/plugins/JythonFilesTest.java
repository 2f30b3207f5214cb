package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Jython writes: its package cache goes to the user's cache folder, and nothing at all to the
 * working directory or next to a plugin. Jython reads its settings once per JVM and the working
 * directory cannot change inside one, so the plugin runs in a JVM of its own ({@link
 * ReadSceneMain}) started in an empty working directory, with a home and a cache folder of the
 * test's own.
 */
@Tag("slow")
class JythonFilesTest {
  @TempDir Path root;

  @Test
  void theCacheGoesToTheUsersCacheFolderAndNothingToTheWorkingDirectoryOrThePlugin()
      throws Exception {
    Path plugins = Files.createDirectories(root.resolve("plugins"));
    Path plugin =
        TestPlugins.write(
            plugins,
            "javaish",
            ".j",
            "javaish",
            "from java.util import *\n"
                + "import helper\n"
                + TestPlugins.sceneReturning("helper.name(ArrayList())"));
    Files.writeString(
        plugin.resolve("helper.py"), "def name(thing):\n    return thing.getClass().getName()\n");
    Path work = Files.createDirectories(root.resolve("work"));
    Path home = Files.createDirectories(root.resolve("home"));
    Path cache = root.resolve("cache");

    Process process = start(work, home, cache, plugins, work.resolve("shot.j"));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the plugin run ended").isTrue();

    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).endsWith("java.util.ArrayList\n");
    assertThat(cache.resolve("farmhand/jython/packages/packages.idx")).isRegularFile();
    assertThat(files(work)).isEmpty();
    assertThat(files(plugin)).containsExactlyInAnyOrder("plugin.json", "javaish.py", "helper.py");
    assertThat(files(home)).isEmpty();
  }

  private static Process start(Path work, Path home, Path cache, Path plugins, Path scene)
      throws IOException {
    String classPath = System.getProperty("surefire.test.class.path");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home,
                    "-cp",
                    classPath != null ? classPath : System.getProperty("java.class.path"),
                    ReadSceneMain.class.getName(),
                    plugins.toString(),
                    scene.toString()))
            .directory(work.toFile())
            .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("PYTHON") || name.startsWith("JYTHON"));
    environment.remove("XDG_DATA_HOME");
    environment.put("XDG_CACHE_HOME", cache.toString());
    return builder.start();
  }

  /** Every file and folder under a folder, relative to it. */
  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).toList();
    }
  }
}
