package dev.farmhand.core.client.internal;

import java.net.URI;
import java.util.Locale;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Adds {@code Authorization: Bearer KEY} to requests for the farm, and only to those: a request to
 * any other host never carries the key. Thread-safe; its {@code toString} hides the key.
 */
public final class AuthInterceptor implements HttpRequestInterceptor {
  private final String scheme;
  private final String host;
  private final int port;
  private final String header;

  public AuthInterceptor(URI farm, String key) {
    this.scheme = farm.getScheme().toLowerCase(Locale.ROOT);
    this.host = farm.getHost().toLowerCase(Locale.ROOT);
    this.port = port(scheme, farm.getPort());
    this.header = "Bearer " + key;
  }

  @Override
  public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
    URIAuthority authority = request.getAuthority();
    String requestScheme = request.getScheme();
    if (authority != null
        && requestScheme != null
        && scheme.equalsIgnoreCase(requestScheme)
        && host.equalsIgnoreCase(authority.getHostName())
        && port == port(scheme, authority.getPort())) {
      request.setHeader(HttpHeaders.AUTHORIZATION, header);
    }
  }

  private static int port(String scheme, int port) {
    return port >= 0 ? port : "https".equals(scheme) ? 443 : 80;
  }

  @Override
  public String toString() {
    return "AuthInterceptor[" + scheme + "://" + host + ":" + port + ", key hidden]";
  }
}
