/**
 * Downloads: a job's outputs brought to this machine. {@link dev.farmhand.core.download.Downloader}
 * writes each file beside its target as {@code .NAME.part}, resumes it with {@code Range}, verifies
 * its SHA-256 and renames it into place; it refuses an output path that would land outside the
 * job's folder, keeps a different file already there (unless told to overwrite), checks free space
 * first, reports {@link dev.farmhand.core.download.DownloadProgress} and stops on a {@link
 * dev.farmhand.core.sync.Cancellation}.
 *
 * <p>Values here are immutable records; nothing accepts or returns {@code null}. Failures are
 * {@link java.io.IOException}s: {@link dev.farmhand.core.download.NotEnoughSpaceException}, {@link
 * dev.farmhand.core.download.DownloadCancelledException}; per-file failures are reported in the
 * {@link dev.farmhand.core.download.JobDownload} rather than thrown.
 */
package dev.farmhand.core.download;
