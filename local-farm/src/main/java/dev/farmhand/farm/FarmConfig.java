package dev.farmhand.farm;

import dev.farmhand.farm.render.SweetHome3dInstall;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a local farm runs. Immutable; start from {@link #in(Path)} and change what differs.
 *
 * @param data the data folder: database, files, workspaces, outputs, logs, credentials.json
 * @param host the address the API and the broker listen on; loopback unless told otherwise
 * @param port the API's port; 0 picks a free one
 * @param mqttPort the embedded broker's port; 0 picks a free one
 * @param workers how many tasks run at once
 * @param preemptRate the chance an attempt of a preemptible job loses its instance, 0 to 1
 * @param seed the seed that makes preemption repeatable
 * @param mqttUrl an external broker to publish to instead of the embedded one, or null
 * @param sweetHome3d where the workers find Sweet Home 3D; Debian's package by default
 */
public record FarmConfig(
    Path data,
    String host,
    int port,
    int mqttPort,
    int workers,
    double preemptRate,
    long seed,
    String mqttUrl,
    SweetHome3dInstall sweetHome3d) {
  public FarmConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sweetHome3d, "sweetHome3d");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535 || mqttPort < 0 || mqttPort > 65535) {
      throw new IllegalArgumentException(
          "ports "
              + port
              + " and "
              + mqttPort
              + ": give ports from 1 to 65535, or 0 for a free one");
    }
    if (workers < 1) {
      throw new IllegalArgumentException(
          "--workers " + workers + ": a farm needs 1 worker or more");
    }
    if (!(preemptRate >= 0 && preemptRate <= 1)) {
      throw new IllegalArgumentException(
          "--preempt-rate " + preemptRate + ": give a chance from 0 (never) to 1 (every attempt)");
    }
  }

  /** A farm in {@code data} on loopback, free ports, a worker per core, no preemption. */
  public static FarmConfig in(Path data) {
    return new FarmConfig(
        data,
        "127.0.0.1",
        0,
        0,
        Runtime.getRuntime().availableProcessors(),
        0,
        0,
        null,
        SweetHome3dInstall.DEBIAN);
  }

  public FarmConfig withPorts(int newPort, int newMqttPort) {
    return new FarmConfig(
        data, host, newPort, newMqttPort, workers, preemptRate, seed, mqttUrl, sweetHome3d);
  }

  public FarmConfig withHost(String newHost) {
    return new FarmConfig(
        data, newHost, port, mqttPort, workers, preemptRate, seed, mqttUrl, sweetHome3d);
  }

  public FarmConfig withWorkers(int count) {
    return new FarmConfig(
        data, host, port, mqttPort, count, preemptRate, seed, mqttUrl, sweetHome3d);
  }

  public FarmConfig withPreemption(double rate, long newSeed) {
    return new FarmConfig(data, host, port, mqttPort, workers, rate, newSeed, mqttUrl, sweetHome3d);
  }

  public FarmConfig withExternalBroker(String url) {
    return new FarmConfig(data, host, port, mqttPort, workers, preemptRate, seed, url, sweetHome3d);
  }

  /** Workers find Sweet Home 3D in {@code install} instead of Debian's package. */
  public FarmConfig withSweetHome3d(SweetHome3dInstall install) {
    return new FarmConfig(data, host, port, mqttPort, workers, preemptRate, seed, mqttUrl, install);
  }
}
