package dev.farmhand.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code POST /api/v1/files/missing}: the asked contents the farm does not hold
 * complete and verified, in the order asked, each with how much it has already. Immutable.
 *
 * @param missing what to upload; empty when the farm has everything
 */
public record MissingFilesResponse(List<UploadStatus> missing) {
  public MissingFilesResponse {
    missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
  }
}
