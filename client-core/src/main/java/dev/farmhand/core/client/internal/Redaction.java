package dev.farmhand.core.client.internal;

import java.util.Locale;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/** Hides secrets from what is logged or put in messages. */
public final class Redaction {
  /** What stands in for a secret. */
  public static final String HIDDEN = "[hidden]";

  private Redaction() {}

  /** A header as {@code Name: value}, with the credentials of {@code Authorization} hidden. */
  public static String header(Header header) {
    String name = header.getName();
    String value = header.getValue() == null ? "" : header.getValue();
    if (HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
        || HttpHeaders.PROXY_AUTHORIZATION.equalsIgnoreCase(name)
        || name.toLowerCase(Locale.ROOT).contains("key")) {
      if (!name.equalsIgnoreCase("Idempotency-Key")) {
        int space = value.indexOf(' ');
        value = (space > 0 ? value.substring(0, space + 1) : "") + HIDDEN;
      }
    }
    return name + ": " + value;
  }

  /** The text with every occurrence of the secret replaced by {@link #HIDDEN}. */
  public static String text(String text, String secret) {
    return secret.isEmpty() ? text : text.replace(secret, HIDDEN);
  }
}
