package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/files/missing}: "which of these do you lack?". One request
 * carries up to {@value #MAX_FILES} files, so a project of thousands of files costs a few requests.
 * Immutable.
 *
 * @param files the contents the client is about to reference, each once
 */
public record MissingFilesRequest(List<FileRef> files) {
  /** The most files one request may ask about. */
  public static final int MAX_FILES = 10_000;

  public MissingFilesRequest {
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    if (files.size() > MAX_FILES) {
      throw new IllegalArgumentException(
          "files has " + files.size() + " entries: ask about at most " + MAX_FILES + " at a time");
    }
  }
}
