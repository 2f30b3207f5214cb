package dev.farmhand.core.autodownload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
  @TempDir Path folder;

  @Test
  void aSecondHolderIsRefusedNamingTheFirstTheFolderAndTheWayOut() throws Exception {
    Path state = folder.resolve(".farmhand");
    try (FolderLock first = FolderLock.take(folder, state)) {
      assertThat(first).isNotNull();
      assertThatThrownBy(() -> FolderLock.take(folder, state))
          .isInstanceOf(FolderInUseException.class)
          .hasMessageContaining("another auto-downloader (pid " + ProcessHandle.current().pid())
          .hasMessageContaining(folder.toString())
          .hasMessageContaining("--to DIR");
    }
    FolderLock.take(folder, state).close();
  }

  @Test
  void theLockFileNamesItsHolder() throws Exception {
    Path state = folder.resolve(".farmhand");
    try (FolderLock lock = FolderLock.take(folder, state)) {
      assertThat(lock).isNotNull();
      assertThat(state.resolve("autodownload.lock"))
          .content()
          .startsWith("pid " + ProcessHandle.current().pid() + ", started ");
    }
  }
}
