package dev.farmhand.core.client.internal;

import java.io.IOException;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange with the farm at debug ({@code GET /api/v1/me -> 200 in 4 ms}) and, at trace,
 * its headers with the key hidden ({@code Authorization: Bearer [hidden]}). Sits inside the retry
 * interceptor, so each try is logged. Never logs bodies. Thread-safe.
 */
public final class LoggingExec implements ExecChainHandler {
  private static final Logger LOG = LoggerFactory.getLogger("dev.farmhand.core.client.http");

  @Override
  public ClassicHttpResponse execute(
      ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request, scope);
    }
    long start = System.nanoTime();
    try {
      ClassicHttpResponse response = chain.proceed(request, scope);
      LOG.debug(
          "{} {} -> {} in {} ms",
          request.getMethod(),
          request.getPath(),
          response.getCode(),
          (System.nanoTime() - start) / 1_000_000);
      if (LOG.isTraceEnabled()) {
        for (Header header : request.getHeaders()) {
          LOG.trace("> {}", Redaction.header(header));
        }
        for (Header header : response.getHeaders()) {
          LOG.trace("< {}", Redaction.header(header));
        }
      }
      return response;
    } catch (IOException | HttpException | RuntimeException e) {
      LOG.debug(
          "{} {} failed after {} ms: {}",
          request.getMethod(),
          request.getPath(),
          (System.nanoTime() - start) / 1_000_000,
          e.toString());
      throw e;
    }
  }
}
