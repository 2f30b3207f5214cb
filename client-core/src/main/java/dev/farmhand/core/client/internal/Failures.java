package dev.farmhand.core.client.internal;

import dev.farmhand.core.client.FarmException;
import dev.farmhand.core.client.FarmTimeoutException;
import dev.farmhand.core.client.FarmUnreachableException;
import dev.farmhand.core.files.HashMismatchException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/** Turns an exchange that got no answer from the farm into the client's typed exceptions. */
final class Failures {
  private Failures() {}

  /** The exception for an exchange that got no answer. */
  public static IOException failure(
      URI farm,
      Duration responseTimeout,
      Duration leaseTimeout,
      String method,
      String path,
      IOException e) {
    if (e instanceof FarmException
        || e instanceof HashMismatchException
        || e instanceof EOFException) {
      return e;
    }
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || e instanceof ConnectTimeoutException) {
      return FarmUnreachableException.cannotConnect(farm, e);
    }
    if (e instanceof ConnectionRequestTimeoutException) {
      return new FarmTimeoutException(
          "no connection to the farm at "
              + farm
              + " became free within "
              + seconds(leaseTimeout)
              + ": too many transfers at once; raise maxConnections, or wait for others to end",
          farm,
          leaseTimeout,
          e);
    }
    if (e instanceof SocketTimeoutException) {
      return new FarmTimeoutException(
          "the farm at "
              + farm
              + " did not answer "
              + method
              + " "
              + path
              + " within "
              + seconds(responseTimeout)
              + ": it may be busy; try again, or raise the response"
              + " timeout",
          farm,
          responseTimeout,
          e);
    }
    if (e instanceof InterruptedIOException) {
      return e;
    }
    return new FarmUnreachableException(
        "lost the connection to the farm at "
            + farm
            + " during "
            + method
            + " "
            + path
            + " ("
            + e
            + "): try again; if it keeps happening, check the farm and the network",
        farm,
        e);
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
