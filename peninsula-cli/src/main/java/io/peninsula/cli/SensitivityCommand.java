package io.peninsula.cli;

import io.peninsula.app.bargaining.SensitivityOutcome;
import io.peninsula.app.bargaining.SensitivityRequest;
import io.peninsula.app.bargaining.SensitivityService;
import io.peninsula.engine.analysis.SensitivityAnalysis;
import io.peninsula.engine.analysis.SensitivityAnalysis.Row;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula sensitivity [SCENARIO] --method morris|sobol}: which inputs move each issue's outcome. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"Which inputs matter: Morris elementary effects (screening) or Sobol first-order and total indices (variance shares).",
        "Every position, salience and capability is sampled from its declared law (or ±10 points / ±0.1 / ±10 %% uniform), as montecarlo does;",
        "a sorted tornado per issue with 95 %% bootstrap intervals (Sobol with --replicates: t-intervals over shifted replicates),",
        "and a note on stderr when the intervals do not resolve the order."})
final class SensitivityCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--method", defaultValue = "morris", paramLabel = "M", description = "morris or sobol. Default: ${DEFAULT-VALUE}.")
  String method;

  @Option(names = "--samples", paramLabel = "N",
      description = "Morris: trajectories r (default 10); Sobol: base sample N (default 4096). Cost: r(k+1) or N(k+2) forecasts.")
  Integer samples;

  @Option(names = "--replicates", paramLabel = "R",
      description = "Sobol only: run R >= 2 independently digitally shifted replicates of the N-point design (shifts seeded by --seed)"
          + " and report each index as their mean with a 95 %% t-interval, mean ± t(R-1)·SD/√R: the real error on this scenario,"
          + " which the default bootstrap interval only approximates. Cost: R·N(k+2) forecasts, R times the default.")
  Integer replicates;

  @Option(names = "--issue", paramLabel = "ID", description = "Only report this issue.")
  String issue;

  @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Inputs shown per issue, in every format. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;


  @Mixin ModelOptions modelOptions;

  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("morris", "sobol").contains(method)) throw new UsageException("unknown --method \"" + method + "\" (allowed: morris, sobol)");
    if (!List.of("table", "csv", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    SensitivityOutcome outcome;
    try (Interruption watch = Interruption.watch("sensitivity", spec.commandLine().getErr(),
        () -> "the " + method + " analysis had not finished")) {
      outcome = new SensitivityService(scenarioOptions.source()).run(new SensitivityRequest(scenarioOptions.ref(),
          modelOptions.spec(), method, Optional.ofNullable(samples), Optional.ofNullable(issue), top, Optional.ofNullable(replicates)));
    }
    SensitivityAnalysis.Report report = outcome.report();
    SensitivityAnalysis.Method m = report.method();
    int n = report.samples();
    List<Row> rows = outcome.rows();
    Scenario s = outcome.loaded().scenario();
    PrintWriter out = spec.commandLine().getOut();
    String a = m.mainName();
    String b = m.secondName();
    // with --replicates, csv rows say how their intervals were made (two trailing columns); without, the columns are as they always were
    String intervals = report.replicated() ? ",intervals,replicates" : "";
    String intervalCells = report.replicated() ? ",replicates," + report.replicates() : "";
    switch (format) {
      case "csv" -> {
        out.println("issue,input," + a + "," + a + "_low," + a + "_high," + b
            + (m == SensitivityAnalysis.Method.SOBOL ? "," + b + "_low," + b + "_high" : "") + intervals);
        for (Row r : rows)
          out.println(r.issue() + "," + r.input() + "," + Numbers.plain(r.main(), 6) + "," + Numbers.plain(r.mainLow(), 6) + ","
              + Numbers.plain(r.mainHigh(), 6) + "," + Numbers.plain(r.second(), 6)
              + (m == SensitivityAnalysis.Method.SOBOL ? "," + Numbers.plain(r.secondLow(), 6) + "," + Numbers.plain(r.secondHigh(), 6) : "")
              + intervalCells);
      }
      case "json" -> out.print(outcome.json());
      default -> table(out, s, outcome.provenance().model().orElseThrow(), report, n, rows, a, b);
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    for (String w : outcome.warnings()) err.println("peninsula sensitivity: note: " + w);
    err.flush();
    Recording.record(spec, store, outcome);
    return Cli.EXIT_OK;
  }

  private void table(PrintWriter out, Scenario s, String modelName, SensitivityAnalysis.Report report, int n, List<Row> rows, String a, String b) {
    out.println(s.metadata().id() + ": sensitivity by " + method + " (model " + modelName + ", "
        + (method.equals("morris") ? n + " trajectories" : "N = " + n)
        + (report.replicated() ? " × " + report.replicates() + " replicates" : "") + ", " + report.evaluations() + " forecasts)");
    out.println(method.equals("morris")
        ? "mu_star: mean |change of the outcome| (scale points) when the input crosses its whole range; sigma: spread (interactions, non-linearity)"
        : "total: share of the outcome's variance due to the input, with its interactions; first: alone");
    if (report.replicated()) {
      int r = report.replicates();
      out.println("± : half-width of the 95 % t-interval, " + Numbers.fixed(report.critical(), 3) + " × SD / √" + r + ", over " + r
          + " independently shifted replicates of the design; each index is their mean");
    } else {
      out.println("± : half-width of the 95 % bootstrap interval (" + SensitivityAnalysis.RESAMPLES + " resamples)");
    }
    String current = null;
    List<Row> block = new ArrayList<>();
    for (Row r : rows) {
      if (!r.issue().equals(current)) {
        if (current != null) block(out, current, block, a, b);
        current = r.issue();
        block.clear();
      }
      block.add(r);
    }
    if (current != null) block(out, current, block, a, b);
  }

  private void block(PrintWriter out, String issueId, List<Row> block, String a, String b) {
    out.println();
    out.println(issueId);
    double max = block.stream().mapToDouble(Row::main).max().orElse(0);
    boolean sobol = method.equals("sobol");
    Table t = sobol
        ? new Table(List.of("input", a, "±", b, "±", ""), false, true, true, true, true, false)
        : new Table(List.of("input", a, "±", b, ""), false, true, true, true, false);
    for (Row r : block) {
      List<String> cells = new ArrayList<>(List.of(r.input(), Numbers.fixed(r.main(), 3), Numbers.fixed(r.mainHalfWidth(), 3), Numbers.fixed(r.second(), 3)));
      if (sobol) cells.add(Numbers.fixed(r.secondHalfWidth(), 3));
      cells.add(max > 0 ? "#".repeat((int) Math.round(30 * Math.max(0, r.main()) / max)) : "");
      t.row(cells);
    }
    out.print(t.render());
  }
}
