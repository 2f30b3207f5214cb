package dev.farmhand.farm.cli;

import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SweetHome3dInstall;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand farm start}: runs the local farm until interrupted, printing where it listens.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the local farm until interrupted (Ctrl-C).",
      "Prints 'farm: URL' and 'mqtt: URL', and writes DIR/credentials.json with a key for each"
          + " user of the accounts 'studio' and 'other'."
    })
public final class FarmStartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", description = "REST port (default 0: a free one)")
  int port;

  @Option(
      names = "--mqtt-port",
      paramLabel = "P",
      description = "MQTT port (default 0: a free one)")
  int mqttPort;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "data folder (default: ${DEFAULT-VALUE})",
      defaultValue = "${env:FARMHAND_FARM_DATA:-${sys:user.home}/.local/share/farmhand/farm}")
  Path data;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "tasks at once (default: the core count)")
  Integer workers;

  @Option(
      names = "--preempt-rate",
      paramLabel = "R",
      description = "chance, 0 to 1, that an attempt of a preemptible job loses its instance")
  double preemptRate;

  @Option(names = "--seed", paramLabel = "S", description = "seed that makes preemption repeatable")
  long seed;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(
      names = "--mqtt-url",
      paramLabel = "URL",
      description = "publish notices to this broker instead of the embedded one")
  String mqttUrl;

  @Option(
      names = "--sweethome3d-jar",
      paramLabel = "JAR",
      description =
          "Sweet Home 3D's jar, its libraries in Debian's places (default:"
              + " /usr/share/sweethome3d/sweethome3d.jar)")
  Path sweetHome3dJar;

  @Override
  public Integer call() throws Exception {
    FarmConfig config =
        FarmConfig.in(data)
            .withHost(host)
            .withPorts(port, mqttPort)
            .withPreemption(preemptRate, seed);
    if (workers != null) {
      config = config.withWorkers(workers);
    }
    if (mqttUrl != null) {
      config = config.withExternalBroker(mqttUrl);
    }
    if (sweetHome3dJar != null) {
      config = config.withSweetHome3d(SweetHome3dInstall.debianWithJar(sweetHome3dJar));
    }
    LocalFarm farm = LocalFarm.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  farm.close();
                  stopped.countDown();
                },
                "farm-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("farm: " + farm.url());
    out.println("mqtt: " + farm.mqttUrl());
    out.println("credentials: " + data.resolve("credentials.json").toAbsolutePath());
    out.flush();
    stopped.await();
    return 0;
  }
}
