/**
 * Dependency sync: a job's local files sent to a farm by content. {@link
 * dev.farmhand.core.sync.DependencySync} checks, hashes (through {@link
 * dev.farmhand.core.sync.Hasher} and the persistent {@link dev.farmhand.core.sync.HashCache}), asks
 * the farm what it lacks and uploads only that, through a {@link
 * dev.farmhand.core.sync.FileTransport}, reporting {@link dev.farmhand.core.sync.SyncProgress} and
 * stopping on a {@link dev.farmhand.core.sync.Cancellation}.
 *
 * <p>Values here are immutable records; nothing accepts or returns {@code null}. Failures are
 * {@link java.io.IOException}s, typed where the caller can act: {@link
 * dev.farmhand.core.sync.MissingDependenciesException}, {@link
 * dev.farmhand.core.sync.FileChangedException}, {@link
 * dev.farmhand.core.sync.UploadFailedException}, {@link
 * dev.farmhand.core.sync.SyncCancelledException}.
 */
package dev.farmhand.core.sync;
