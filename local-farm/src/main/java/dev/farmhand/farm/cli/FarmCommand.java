package dev.farmhand.farm.cli;

import picocli.CommandLine.Command;

/** {@code farmhand farm …}: the local farm. */
@Command(
    name = "farm",
    mixinStandardHelpOptions = true,
    description = "The local farm: a render service on this machine.",
    subcommands = {FarmStartCommand.class})
public final class FarmCommand {}
