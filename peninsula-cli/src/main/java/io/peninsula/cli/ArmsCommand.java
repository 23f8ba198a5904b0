package io.peninsula.cli;

import io.peninsula.engine.dynamics.ArmsFit;
import io.peninsula.engine.dynamics.ArmsFitConfig;
import io.peninsula.engine.dynamics.ArmsFitResult;
import io.peninsula.engine.dynamics.AnnualSeries;
import io.peninsula.formats.data.MilexData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  static AnnualSeries[] load(MilexData data, String dyad, int[] window) {
    String[] s = parseDyad(dyad);
    try {
      return new AnnualSeries[] {data.series(s[0], window[0], window[1]), data.series(s[1], window[0], window[1])};
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static String[] parseDyad(String dyad) {
    String[] s = dyad.split(",", -1);
    if (s.length != 2 || s[0].isBlank() || s[1].isBlank() || s[0].equals(s[1]))
      throw new UsageException("--dyad must name two different states, e.g. USA,CHN; got \"" + dyad + "\"");
    return new String[] {s[0].trim().toUpperCase(Locale.ROOT), s[1].trim().toUpperCase(Locale.ROOT)};
  }

  static MilexData data(String name) {
    return switch (name) {
      case "sipri" -> MilexData.sipri();
      case "nmc" -> MilexData.nmc();
      default -> throw new UsageException("unknown --data \"" + name + "\" (allowed: sipri, nmc)");
    };
  }

  /** Resolves the fit window and holdout from the options; the defaults are the dyad's longest common run and its last 5 years. */
  static ArmsFitConfig config(MilexData data, String[] dyad, Integer from, Integer to, String holdout, int bootstrap, long seed) {
    int[] common = data.commonWindow(dyad[0], dyad[1]);
    if (common.length == 0) {
      for (String st : dyad) if (data.years(st).isEmpty()) data.series(st, 0, 0); // throws the explanatory message
      throw new UsageException(data.source().name().toLowerCase(Locale.ROOT) + " has no year with values for both " + dyad[0] + " and " + dyad[1]);
    }
    int f = from == null ? common[0] : from;
    int t = to == null ? common[1] : to;
    Optional<Integer> h;
    if (holdout.equals("none")) h = Optional.empty();
    else if (holdout.equals("auto")) h = Optional.of(t - 4);
    else {
      String[] p = holdout.split("-", -1);
      int h1;
      int h2;
      try {
        h1 = Integer.parseInt(p[0].trim());
        h2 = p.length == 2 ? Integer.parseInt(p[1].trim()) : Integer.MIN_VALUE;
      } catch (NumberFormatException e) {
        throw new UsageException("--holdout must be Y1-Y2 (e.g. 2014-2018), auto or none; got \"" + holdout + "\"");
      }
      if (p.length != 2 || h1 > h2) throw new UsageException("--holdout must be Y1-Y2 with Y1 <= Y2 (e.g. 2014-2018); got \"" + holdout + "\"");
      if (to != null && to != h2)
        throw new UsageException("--holdout " + holdout + " must end at --to " + to + " (the held-out years are the last of the window)");
      t = h2;
      h = Optional.of(h1);
    }
    try {
      return new ArmsFitConfig(f, t, h, bootstrap, ArmsFitConfig.DEFAULT_LEVEL, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  @Command(name = "fit", mixinStandardHelpOptions = true,
      description = {"Fit a Richardson action-reaction model to two states' military expenditure:",
          "  Δln X[t] = g + k ln Y[t-1] - a ln X[t-1]   (and the same for Y),",
          "by OLS per equation (Ward 1984), in logs of current US$ (no deflator ships with the data; see",
          "docs/dynamics.md), with bootstrap percentile intervals (seeded). Scores the fit on held-out",
          "years against a random walk and an AR(1): RMSE in log points, one-step and dynamic.",
          "States are COW abbreviations: USA, CHN, JPN, ROK, RUS, UKG, FRN, GMY, POL, ITA, UKR; PRK only",
          "with --data nmc (SIPRI has no North Korean series; COW NMC has 1990-2001).",
          "csv columns: " + ArmsReport.CSV_HEADER + "."})
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

    @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!List.of("table", "csv").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv)");
      if (bootstrap < 1) throw new UsageException("--bootstrap must be at least 1, got " + bootstrap);
      MilexData data = data(dataName);
      String[] d = parseDyad(dyad);
      ArmsFitConfig config;
      try {
        config = config(data, d, from, to, holdout, bootstrap, seed);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      AnnualSeries[] s = load(data, dyad, new int[] {config.from(), config.to()});
      ArmsFitResult r;
      try {
        r = ArmsFit.fit(s[0], s[1], config);
      } catch (IllegalArgumentException e) {
        throw new UsageException("cannot fit " + d[0] + "-" + d[1] + ": " + e.getMessage());
      }
      ArmsReport report = new ArmsReport(r, data.source());
      PrintWriter out = spec.commandLine().getOut();
      out.print(format.equals("csv") ? report.csv() : report.table());
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
