package dev.farmhand.core.client.internal;

import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * One farm's requests: builds them against the farm's URL, sends them through the shared client,
 * reads 2xx answers and turns everything else into the client's exceptions. Thread-safe.
 */
public final class Exchange {
  /** A 2xx answer, read whole. Header names are lower case. */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    /** A header's first value, or null. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final CloseableHttpClient http;
  private final URI farm;
  private final String base;
  private final HttpHost host;
  private final ErrorMapper errors;

  public Exchange(CloseableHttpClient http, URI farm, ErrorMapper errors) {
    this.http = http;
    this.farm = farm;
    String text = farm.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.host = new HttpHost(farm.getScheme(), farm.getHost(), farm.getPort());
    this.errors = errors;
  }

  /**
   * The HTTP client of one farm client, over a shared pool: explicit lease and response timeouts,
   * no compression (ranges must stay byte-exact), no redirects (the key goes nowhere else), no
   * cookies; the auth interceptor, then the retry interceptor around the logging one.
   */
  public static CloseableHttpClient httpClient(
      Pool pool,
      AuthInterceptor auth,
      RetryExec retry,
      java.time.Duration leaseTimeout,
      java.time.Duration responseTimeout) {
    return HttpClients.custom()
        .setConnectionManager(pool.manager())
        .setConnectionManagerShared(true)
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(leaseTimeout))
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setRedirectsEnabled(false)
                .build())
        .disableContentCompression()
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .setUserAgent("farmhand-client")
        .addRequestInterceptorLast(auth)
        .addExecInterceptorFirst("farmhand-retry", retry)
        .addExecInterceptorAfter("farmhand-retry", "farmhand-log", new LoggingExec())
        .build();
  }

  /** The farm's URL. */
  public URI farm() {
    return farm;
  }

  /** A request builder for a path under the farm's URL, e.g. {@code /api/v1/me}. */
  public ClassicRequestBuilder request(String method, String path) {
    return ClassicRequestBuilder.create(method).setUri(URI.create(base + path));
  }

  /** A JSON body. */
  public static HttpEntity json(Object value) {
    return new ByteArrayEntity(
        Json.write(value).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        ContentType.APPLICATION_JSON);
  }

  /** Sends the request; a 2xx answer comes back read whole, anything else is thrown. */
  public Answer send(ClassicHttpRequest request) throws IOException {
    String method = request.getMethod();
    String path = request.getPath();
    try {
      return http.execute(
          host,
          request,
          response -> {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            int status = response.getCode();
            if (status < 200 || status > 299) {
              throw errors.answer(method, path, status, body);
            }
            return new Answer(status, headers(response), body);
          });
    } catch (IOException e) {
      throw Failures.failure(
          farm, errors.responseTimeout(), errors.leaseTimeout(), method, path, e);
    }
  }

  /** Sends the request and reads its 2xx answer as a wire type. */
  public <T> T call(ClassicHttpRequest request, Class<T> type) throws IOException {
    return read(request, send(request), type);
  }

  /** Reads an answer to the request as a wire type. */
  public <T> T read(ClassicHttpRequest request, Answer answer, Class<T> type) throws IOException {
    try {
      return Json.read(answer.body(), type);
    } catch (MalformedPayloadException e) {
      throw errors.malformed(
          request.getMethod(), request.getPath(), answer.status(), answer.body(), e);
    }
  }

  /**
   * Sends the request and hands back a 2xx answer open, its body unread; the caller closes it.
   * Anything else is read, closed and thrown.
   */
  public ClassicHttpResponse open(ClassicHttpRequest request) throws IOException {
    String method = request.getMethod();
    String path = request.getPath();
    ClassicHttpResponse response;
    try {
      response = http.executeOpen(host, request, null);
    } catch (IOException e) {
      throw Failures.failure(
          farm, errors.responseTimeout(), errors.leaseTimeout(), method, path, e);
    }
    int status = response.getCode();
    if (status >= 200 && status <= 299) {
      return response;
    }
    try (response) {
      HttpEntity entity = response.getEntity();
      byte[] body = new byte[0];
      if (entity != null) {
        try (InputStream in = entity.getContent()) {
          body = in.readNBytes(64 * 1024);
        }
      }
      throw errors.answer(method, path, status, body);
    }
  }

  private static Map<String, String> headers(ClassicHttpResponse response) {
    Map<String, String> headers = new TreeMap<>();
    for (Header header : response.getHeaders()) {
      headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
    }
    return headers;
  }
}
