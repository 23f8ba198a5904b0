package io.peninsula.cli;

import io.peninsula.app.bargaining.BacktestOutcome;
import io.peninsula.app.bargaining.BacktestRequest;
import io.peninsula.app.bargaining.BacktestService;
import io.peninsula.engine.backtest.ModelScore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


/**
 * {@code peninsula backtest FILE --input-format deu [--models a,b] [--param k=v]… [--format table|csv|json]}:
 * forecasts every decision of a data set with observed outcomes and prints each model's mean and
 * median absolute error; {@code peninsula backtest SCENARIO --outcomes FILE.csv} scores a scenario
 * against the user's recorded outcomes. Every model is scored without and with the veto-player
 * constraint, next to the status quo baseline. Nothing is fitted to the data.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {"Score bargaining models against observed outcomes (mean / median absolute error):",
        "each model alone, each under the veto-player constraint (+veto), and the status quo (\"nothing changes\").",
        "FILE is a DEU data set (--input-format deu), or with --outcomes a scenario (bundled name or file)."})
public final class BacktestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "DEU data set, or with --outcomes the scenario.")
  String file;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Format of FILE: deu (default without --outcomes), or a scenario format (default with --outcomes: auto).")
  String inputFormat;

  @Option(names = "--outcomes", paramLabel = "CSV",
      description = "Recorded outcomes of the scenario's issues: header issue,value (optional date,source).")
  Path outcomes;

  @Option(names = "--constraint", defaultValue = "both", paramLabel = "C",
      description = "Rows to score: both (each model alone and +veto, and status_quo), veto, or none. Default: ${DEFAULT-VALUE}.")
  String constraint;

  @Option(names = "--models", split = ",", paramLabel = "M",
      description = "Comma-separated model names (default: every registered model).")
  List<String> models;

  @Option(names = "--param", paramLabel = "KEY=VALUE",
      description = "Model parameter passed to every model, e.g. disagreement=worst (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  enum OutputFormat { table, csv, json }

  @picocli.CommandLine.Mixin StoreOptions store;

  @Override
  public Integer call() {
    BacktestOutcome outcome;
    try (Interruption watch = Interruption.watch("backtest", spec.commandLine().getErr(), () -> "the models were being scored on " + file)) {
      outcome = new BacktestService().run(new BacktestRequest(file, Optional.ofNullable(inputFormat),
          Optional.ofNullable(outcomes).map(Path::toString), constraint, models == null ? List.of() : models, params));
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ModelScore> scores = outcome.scores();
    switch (format) {
      case csv -> printCsv(out, scores);
      case json -> out.print(outcome.json());
      default -> {
        if (outcome.loaded().isPresent()) {
          printTable(out, scores, -1);
          out.println(outcome.observed() + " recorded outcomes of " + outcome.loaded().get().scenario().metadata().id()
              + "; errors in each issue's scale points; status_quo: the forecast \"nothing changes\".");
        } else {
          printTable(out, scores, outcome.cases());
          if (!outcome.referenceScores().isEmpty()) {
            out.println();
            out.println("On the " + outcome.referenceCases() + " decisions with a reference point (status quo):");
            printTable(out, outcome.referenceScores(), -1);
          }
        }
      }
    }
    out.flush();
    Recording.record(spec, store, outcome);
    return Cli.EXIT_OK;
  }

  static void printCsv(PrintWriter out, List<ModelScore> scores) {
    out.println("model,issues,mae,median_ae");
    for (ModelScore s : scores)
      out.println(String.format(Locale.ROOT, "%s,%d,%.4f,%.4f", s.model(), s.issues(), s.mae(), s.medianAe()));
  }

  static void printTable(PrintWriter out, List<ModelScore> scores, int cases) {
    out.println(String.format(Locale.ROOT, "%-16s %7s %8s %10s %7s", "model", "issues", "MAE", "median AE", "failed"));
    for (ModelScore s : scores)
      out.println(String.format(Locale.ROOT, "%-16s %7d %8.2f %10.2f %7d", s.model(), s.issues(), s.mae(), s.medianAe(), s.failed().size()));
    if (cases >= 0) out.println(cases + " decisions with an observed outcome; errors in scale points (0-100).");
  }
}
