package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.Profile;
import dev.farmhand.core.client.ProfileStore;
import dev.farmhand.core.protocol.Me;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code farmhand login --farm URL --key KEY [--profile NAME]}: checks the key, then stores it. */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description = "Checks a farm and key, then stores them as a profile (the active one).")
final class LoginCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--farm", paramLabel = "URL", required = true, description = "the farm's URL")
  String farm;

  @Option(names = "--key", paramLabel = "KEY", required = true, description = "your API key")
  String key;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "default",
      description = "the profile's name (default: ${DEFAULT-VALUE})")
  String profile;

  @Override
  public Integer call() throws Exception {
    Me me;
    try (FarmClient client = FarmClient.builder().farm(farm).key(key).build()) {
      me = client.me();
    }
    ProfileStore store = ProfileStore.forUser();
    store.save(profile, new Profile(URI.create(farm), key));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "logged in to %s as %s (account %s, %s); profile '%s' in %s%n",
        farm, me.user(), me.account(), me.role().wireName(), profile, store.file());
    out.flush();
    return ExitCode.OK;
  }
}
