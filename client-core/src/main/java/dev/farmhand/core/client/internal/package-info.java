/**
 * The farm client's HTTP machinery: the shared connection pool, the interceptors (auth, retry,
 * logging), the mapping of answers to typed exceptions. Not a public API: use {@link
 * dev.farmhand.core.client.FarmClient}.
 */
package dev.farmhand.core.client.internal;
