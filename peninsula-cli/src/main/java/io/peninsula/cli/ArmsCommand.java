package io.peninsula.cli;

import io.peninsula.app.dynamics.ArmsFitOutcome;
import io.peninsula.app.dynamics.ArmsFitRequest;
import io.peninsula.app.dynamics.ArmsFitService;
import io.peninsula.engine.dynamics.ArmsFitConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula arms fit}: a Richardson arms model fitted to military expenditure data. */
@Command(name = "arms", mixinStandardHelpOptions = true,
    description = "Arms dynamics fitted to military expenditure data (see docs/dynamics.md).",
    subcommands = {ArmsCommand.Fit.class})
final class ArmsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String[] parseDyad(String dyad) {
    String[] s = dyad.split(",", -1);
    if (s.length != 2 || s[0].isBlank() || s[1].isBlank() || s[0].equals(s[1]))
      throw new UsageException("--dyad must name two different states, e.g. USA,CHN; got \"" + dyad + "\"");
    return new String[] {s[0].trim().toUpperCase(Locale.ROOT), s[1].trim().toUpperCase(Locale.ROOT)};
  }

  @Command(name = "fit", mixinStandardHelpOptions = true,
      description = {"Fit a Richardson action-reaction model to two states' military expenditure:",
          "  Δln X[t] = g + k ln Y[t-1] - a ln X[t-1]   (and the same for Y),",
          "by OLS per equation (Ward 1984), in logs of current US$ (no deflator ships with the data; see",
          "docs/dynamics.md), with bootstrap percentile intervals (seeded). Scores the fit on held-out",
          "years against a random walk and an AR(1): RMSE in log points, one-step and dynamic.",
          "States are COW abbreviations: USA, CHN, JPN, ROK, RUS, UKG, FRN, GMY, POL, ITA, UKR; PRK only",
          "with --data nmc (SIPRI has no North Korean series; COW NMC has 1990-2001).",
          "csv columns: " + ArmsReport.CSV_HEADER + ".",
          "Every fit is stored in the run store (peninsula runs list; runs rerun ID fits it again and compares)."})
  static final class Fit implements Callable<Integer> {
    @Option(names = "--dyad", required = true, paramLabel = "A,B", description = "Two states, e.g. USA,CHN.")
    String dyad;

    @Option(names = "--from", paramLabel = "Y", description = "First year (default: first year of the dyad's longest common run).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year (default: the last year both states have).")
    Integer to;

    @Option(names = "--holdout", defaultValue = "auto", paramLabel = "Y1-Y2|auto|none",
        description = "Years held out and forecast; must end at --to. auto: the last 5 years. Default: ${DEFAULT-VALUE}.")
    String holdout;

    @Option(names = "--data", defaultValue = "sipri", paramLabel = "sipri|nmc", description = "Data set. Default: ${DEFAULT-VALUE}.")
    String dataName;

    @Option(names = "--bootstrap", defaultValue = "" + ArmsFitConfig.DEFAULT_BOOTSTRAP, paramLabel = "B",
        description = "Bootstrap replicates. Default: ${DEFAULT-VALUE}.")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Bootstrap seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin StoreOptions store;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!List.of("table", "csv", "json").contains(format))
        throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
      String[] d = parseDyad(dyad);
      ArmsFitOutcome fit = new ArmsFitService().run(new ArmsFitRequest(d[0], d[1], Optional.ofNullable(from), Optional.ofNullable(to), holdout,
          dataName, bootstrap, seed));
      ArmsReport report = new ArmsReport(fit.result(), fit.data());
      PrintWriter out = spec.commandLine().getOut();
      out.print(switch (format) {
        case "csv" -> report.csv();
        case "json" -> fit.json();
        default -> report.table();
      });
      out.flush();
      Recording.record(spec, store, fit);
      return Cli.EXIT_OK;
    }
  }
}
