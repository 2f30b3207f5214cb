package dev.farmhand.farm.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobWorkspaceTest {
  @TempDir Path farm;
  ContentStore store;
  JobWorkspace workspace;
  final Map<RelativePath, String> manifest = new LinkedHashMap<>();

  private String upload(String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String sha256 = Sha256.of(bytes);
    store.append("studio", sha256, 0, new ByteArrayInputStream(bytes));
    store.finish("studio", sha256, bytes.length);
    return sha256;
  }

  @BeforeEach
  void setUp() throws Exception {
    store = new ContentStore(farm.resolve("store"));
    workspace = new JobWorkspace(farm.resolve("jobs/j1"), store);
    manifest.put(RelativePath.of("scene.fhscene"), upload("{\"scene\": 1}"));
    manifest.put(RelativePath.of("textures/wood.png"), upload("wood"));
  }

  @Test
  void laysEveryFileOutAtItsRelativePathAndVerifiesIt() throws Exception {
    workspace.layOut(manifest);

    assertThat(workspace.root().resolve("textures/wood.png")).hasContent("wood");
    assertThat(workspace.root().resolve("scene.fhscene")).hasContent("{\"scene\": 1}");
    assertThat(workspace.verify(manifest)).isEmpty();
  }

  @Test
  void verifyNamesAMissingAndADamagedFile() throws Exception {
    workspace.layOut(manifest);
    Files.delete(workspace.root().resolve("scene.fhscene"));
    Files.writeString(workspace.root().resolve("textures/wood.png"), "rotten");

    Map<RelativePath, String> faults = workspace.verify(manifest);

    assertThat(faults)
        .containsExactly(
            Map.entry(RelativePath.of("scene.fhscene"), "missing"),
            Map.entry(
                RelativePath.of("textures/wood.png"),
                "damaged: its SHA-256 is not "
                    + manifest.get(RelativePath.of("textures/wood.png"))));
  }

  @Test
  void layingOutAgainRepairsADamagedFile() throws Exception {
    workspace.layOut(manifest);
    Files.writeString(workspace.root().resolve("textures/wood.png"), "rotten");

    workspace.layOut(manifest);

    assertThat(workspace.verify(manifest)).isEmpty();
  }

  @Test
  void aLinkInTheWorkspaceCannotCarryAFileOutOfIt(@TempDir Path outside) throws Exception {
    Files.createSymbolicLink(workspace.root().resolve("textures"), outside);

    assertThatThrownBy(() -> workspace.layOut(manifest))
        .isInstanceOf(UnsafePathException.class)
        .hasMessageStartingWith("path 'textures/wood.png' goes through the link");
    assertThat(outside.resolve("wood.png")).doesNotExist();
  }
}
