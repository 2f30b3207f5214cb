package dev.farmhand.core.client.internal;

import dev.farmhand.core.client.RetrySettings;
import dev.farmhand.core.client.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry interceptor: sends a request again, as {@link RetryRules} allow, after a wait from
 * {@link RetrySettings}. Each try is a fresh copy of the request, with the same headers (so a job
 * creation carries the same {@code Idempotency-Key} every time). Thread-safe if the random
 * generator is.
 */
public final class RetryExec implements ExecChainHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RetryExec.class);

  private final RetrySettings settings;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Clock clock;

  public RetryExec(RetrySettings settings, Sleeper sleeper, RandomGenerator random, Clock clock) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public ClassicHttpResponse execute(
      ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    RetryRules.Safety safety = RetryRules.safety(request);
    for (int attempt = 1; ; attempt++) {
      ClassicHttpResponse response;
      try {
        response = chain.proceed(ClassicRequestBuilder.copy(request).build(), scope);
      } catch (IOException failure) {
        if (attempt >= settings.attempts()
            || scope.execRuntime.isExecutionAborted()
            || !RetryRules.retries(safety, failure)) {
          throw failure;
        }
        Duration wait = settings.delay(attempt, random);
        LOG.debug(
            "{} {} failed ({}); try {} of {} in {} ms",
            request.getMethod(),
            request.getPath(),
            failure.toString(),
            attempt + 1,
            settings.attempts(),
            wait.toMillis());
        pause(wait);
        continue;
      }
      if (attempt >= settings.attempts() || !RetryRules.retries(safety, response.getCode())) {
        return response;
      }
      int retry = attempt;
      Optional<Duration> asked = RetryRules.retryAfter(response, clock.instant());
      Duration wait = asked.orElseGet(() -> settings.delay(retry, random));
      if (wait.compareTo(settings.cap()) > 0) {
        return response;
      }
      LOG.debug(
          "{} {} answered {}; try {} of {} in {} ms",
          request.getMethod(),
          request.getPath(),
          response.getCode(),
          attempt + 1,
          settings.attempts(),
          wait.toMillis());
      EntityUtils.consumeQuietly(response.getEntity());
      response.close();
      pause(wait);
    }
  }

  private void pause(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
