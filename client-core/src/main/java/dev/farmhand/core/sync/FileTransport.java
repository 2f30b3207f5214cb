package dev.farmhand.core.sync;

import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.UploadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * How dependency sync talks to a farm: which files it lacks, and uploads in parts. The farm client
 * implements it; tests may inject faults through it. Implementations are thread-safe: parts of
 * different files go up in parallel.
 */
public interface FileTransport {
  /**
   * Of these files, those the farm lacks, each with how many bytes of an earlier upload it holds.
   * At most {@link dev.farmhand.core.protocol.MissingFilesRequest#MAX_FILES} files a call.
   */
  List<UploadStatus> missing(List<FileRef> files) throws IOException;

  /**
   * Sends bytes {@code offset} to {@code offset + length - 1} of the file whose content hashes to
   * {@code sha256} and has {@code size} bytes.
   *
   * @return the farm's status of the upload after this part; {@code complete} once the farm has
   *     verified the whole file
   * @throws dev.farmhand.core.files.HashMismatchException if the farm found the whole file does not
   *     hash to {@code sha256} (it kept nothing)
   * @throws IOException if the part could not be sent; the upload resumes from what the farm holds
   */
  UploadStatus upload(String sha256, long size, long offset, InputStream part, long length)
      throws IOException;
}
