package io.peninsula.cli;

import picocli.CommandLine;

/** Entry point of the {@code peninsula} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (0 ok, 1 runtime failure, 2 bad input or usage). */
  public static int run(String... args) {
    return Cli.commandLine().execute(args);
  }
}
