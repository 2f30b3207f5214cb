/**
 * Frame specs ({@code 1-100x2,150}), scout specs ({@code auto:3}, {@code 1,50,100}) and the split
 * of a job's frames into tasks.
 *
 * <p>Every type here is immutable and safe to share between threads. Nothing accepts or returns
 * {@code null} unless its Javadoc says so. Bad input is reported as a {@link
 * dev.farmhand.core.frames.FrameSpecException} whose message quotes the spec, says what is wrong
 * and how to write it instead.
 */
package dev.farmhand.core.frames;
