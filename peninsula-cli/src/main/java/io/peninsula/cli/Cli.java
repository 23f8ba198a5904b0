package io.peninsula.cli;

import io.peninsula.formats.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. Subcommands are registered in {@link #commandLine()}; each is its own class.
 * Exit codes: 0 ok, 1 runtime failure, 2 bad input or usage. Stack traces only with
 * {@code --verbose}.
 */
@Command(
    name = "peninsula",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = "Strategic analysis engine for the Northeast Asian security system.",
    subcommandsRepeatable = false)
public final class Cli implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_BAD_INPUT = 2;

  @Option(names = "--verbose", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line with every subcommand and the project's error handling. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Cli());
    // Register subcommands here, one line each.
    cl.addSubcommand(new ValidateCommand());
    cl.addSubcommand(new ShowCommand());
    cl.addSubcommand(new ForecastCommand());
    cl.addSubcommand(new ConvertCommand());
    cl.addSubcommand(new BacktestCommand());
    cl.addSubcommand(new PivotalCommand());
    cl.addSubcommand(new CompareCommand());
    cl.addSubcommand(new MonteCarloCommand());
    cl.addSubcommand(new RunsCommand());
    cl.addSubcommand(new LeversCommand());
    cl.addSubcommand(new SensitivityCommand());
    cl.addSubcommand(new CommandLine(new GameCommand())); // a CommandLine of its own so that game build's model transformer runs
    cl.addSubcommand(new ArmsCommand());
    cl.addSubcommand(new SimulateCommand());
    cl.addSubcommand(new SweepCommand());
    cl.setExitCodeExceptionMapper(Cli::exitCodeOf);
    cl.setExecutionExceptionHandler(Cli::handleExecutionException);
    cl.setParameterExceptionHandler(Cli::handleParameterException);
    return cl;
  }

  static int exitCodeOf(Throwable t) {
    if (t instanceof InputException || t instanceof CommandLine.ParameterException || t instanceof UsageException)
      return EXIT_BAD_INPUT;
    return EXIT_FAILURE;
  }

  private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    boolean verbose = parseResult.hasMatchedOption("--verbose") || isVerbose(parseResult);
    if (ex instanceof InputException ie) {
      err.println(ie.getMessage());
      if (ie.problems().size() > 1) err.println(ie.problems().size() + " problems found.");
    } else if (ex instanceof UsageException ue) {
      err.println("error: " + ue.getMessage());
    } else {
      err.println("error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
      if (!verbose) err.println("(run with --verbose for details)");
    }
    if (verbose) ex.printStackTrace(err);
    err.flush();
    return exitCodeOf(ex);
  }

  private static boolean isVerbose(CommandLine.ParseResult pr) {
    for (CommandLine.ParseResult r = pr; r != null; r = r.subcommand()) if (r.hasMatchedOption("--verbose")) return true;
    return false;
  }

  private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return EXIT_BAD_INPUT;
  }

  /** Reads the version from the filtered resource written at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"peninsula " + version(), "Java " + System.getProperty("java.version")};
    }
  }

  public static String version() {
    try (InputStream in = Cli.class.getResourceAsStream("/peninsula-version.properties")) {
      if (in == null) return "dev";
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
