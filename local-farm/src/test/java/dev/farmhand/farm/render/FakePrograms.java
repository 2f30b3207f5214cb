package dev.farmhand.farm.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A folder of executable files standing in for programs a worker may have. */
final class FakePrograms {
  private FakePrograms() {}

  /** A search path of {@code folder}, holding an executable file for each name. */
  static SearchPath onPath(Path folder, String... names) throws IOException {
    Files.createDirectories(folder);
    for (String name : names) {
      Path program = folder.resolve(name);
      Files.writeString(program, "#!/bin/sh\nexit 0\n");
      Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return SearchPath.of(folder.toString());
  }
}
