package dev.farmhand.farm;

import java.nio.file.Path;

/** Runs a local farm in a process of its own, for the tests that kill it with SIGKILL. */
public final class FarmProcessMain {
  private FarmProcessMain() {}

  public static void main(String[] args) throws Exception {
    LocalFarm farm = LocalFarm.start(FarmConfig.in(Path.of(args[0])).withWorkers(2));
    System.out.println("farm: " + farm.url());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
