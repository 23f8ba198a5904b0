package io.peninsula.cli;

import io.peninsula.engine.backtest.Backtest;
import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.engine.backtest.ConstrainedBacktest;
import io.peninsula.engine.backtest.ModelScore;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.InputException;
import io.peninsula.formats.imports.DeuReader;
import io.peninsula.formats.imports.OutcomesCsvReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
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

  @Override
  public Integer call() {
    List<BargainingModel> chosen = resolveModels();
    if (!List.of("both", "veto", "none").contains(constraint))
      throw new UsageException("unknown --constraint \"" + constraint + "\" (allowed: both, veto, none)");
    ConstrainedBacktest.Rows rows = ConstrainedBacktest.Rows.of(constraint);
    ModelConfig config = new ModelConfig(0L, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, params);
    PrintWriter out = spec.commandLine().getOut();
    if (outcomes != null) return scenario(chosen, rows, config, out);
    if (inputFormat != null && !inputFormat.equals("deu"))
      throw new UsageException("--input-format " + inputFormat + " needs --outcomes FILE.csv (a scenario scored against recorded outcomes); "
          + "without --outcomes FILE is a DEU data set (--input-format deu)");
    Path path = Path.of(file);
    if (!Files.isRegularFile(path))
      throw InputException.of(file, 0, 0, "", "file not found or not a regular file; give the path of a DEU tab-separated file");
    List<BacktestCase> cases = DeuReader.read(path);
    List<ModelScore> scores;
    List<BacktestCase> withRp = ConstrainedBacktest.withStatusQuo(cases);
    List<ModelScore> rpScores;
    try (Interruption watch = Interruption.watch("backtest", spec.commandLine().getErr(),
        () -> cases.size() + " decisions × " + chosen.size() + " models were being scored")) {
      scores = ConstrainedBacktest.run(cases, chosen, config, rows);
      checkFailures(scores);
      rpScores = rows == ConstrainedBacktest.Rows.NONE ? List.of() : ConstrainedBacktest.run(withRp, chosen, config, rows);
    }
    switch (format) {
      case csv -> printCsv(out, scores);
      case json -> out.print(json(Map.of("all_decisions", scores, "with_reference_point", rpScores)));
      default -> {
        printTable(out, scores, cases.size());
        if (!rpScores.isEmpty()) {
          out.println();
          out.println("On the " + withRp.size() + " decisions with a reference point (status quo):");
          printTable(out, rpScores, -1);
        }
      }
    }
    out.flush();
    return Cli.EXIT_OK;
  }

  private Integer scenario(List<BargainingModel> chosen, ConstrainedBacktest.Rows rows, ModelConfig config, PrintWriter out) {
    LoadedScenario loaded = ScenarioInput.load(file, inputFormat == null ? "auto" : inputFormat);
    Map<String, Double> observed = OutcomesCsvReader.read(outcomes, loaded.scenario());
    List<ModelScore> scores = ConstrainedBacktest.scenario(loaded.scenario(), observed, chosen, config, rows);
    checkFailures(scores);
    switch (format) {
      case csv -> printCsv(out, scores);
      case json -> out.print(json(Map.of("scenario", loaded.scenario().metadata().id(), "scores", scores)));
      default -> {
        printTable(out, scores, -1);
        out.println(observed.size() + " recorded outcomes of " + loaded.scenario().metadata().id()
            + "; errors in each issue's scale points; status_quo: the forecast \"nothing changes\".");
      }
    }
    out.flush();
    return Cli.EXIT_OK;
  }

  private static void checkFailures(List<ModelScore> scores) {
    for (ModelScore s : scores)
      if (s.issues() == 0 && !s.failed().isEmpty())
        throw new UsageException("model " + s.model() + " could not forecast any case; first failure: " + s.failed().get(0));
  }

  private static String json(Map<String, Object> body) {
    Map<String, Object> root = new java.util.TreeMap<>(body);
    root.replaceAll((k, v) -> v instanceof List<?> l ? l.stream().map(x -> x instanceof ModelScore s ? row(s) : x).toList() : v);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> row(ModelScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", s.model());
    m.put("issues", s.issues());
    m.put("mae", Double.isNaN(s.mae()) ? null : s.mae());
    m.put("median_ae", Double.isNaN(s.medianAe()) ? null : s.medianAe());
    m.put("failed", s.failed());
    return m;
  }

  private List<BargainingModel> resolveModels() {
    if (models == null || models.isEmpty()) return BargainingModels.all();
    List<BargainingModel> out = new ArrayList<>();
    for (String name : models) {
      out.add(BargainingModels.byName(name.trim()).orElseThrow(() -> new UsageException(
          "--models: unknown model '" + name + "'; known models: " + String.join(", ", BargainingModels.names()))));
    }
    return out;
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
