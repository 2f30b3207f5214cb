/**
 * The auto-downloader: brings each output home the moment its task succeeds, for as long as it
 * runs. {@link dev.farmhand.core.autodownload.AutoDownloader} follows the account's push notices,
 * fetches every new output through a {@link dev.farmhand.core.download.Downloader} (verified,
 * resumable, refused when its path escapes), keeps a ledger on disk written per file so a kill at
 * any moment loses nothing, catches up on start with everything it missed, holds a lock so one
 * download folder has one auto-downloader, and tells the farm when a job's every output is on disk
 * and verified, so the job shows Downloaded.
 *
 * <p>Nothing here accepts or returns {@code null}. What happens is reported to an {@link
 * dev.farmhand.core.autodownload.ActivityListener} as {@link
 * dev.farmhand.core.autodownload.Activity} values; failures of single files are reported there, not
 * thrown.
 */
package dev.farmhand.core.autodownload;
