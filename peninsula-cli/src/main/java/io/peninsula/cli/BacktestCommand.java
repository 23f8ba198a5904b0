package io.peninsula.cli;

import io.peninsula.engine.backtest.Backtest;
import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.engine.backtest.ModelScore;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.InputException;
import io.peninsula.formats.imports.DeuReader;
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
 * {@code peninsula backtest FILE --input-format deu [--models a,b] [--param k=v]… [--format table|csv]}: forecasts
 * every decision of a data set with observed outcomes and prints each model's mean and median
 * absolute error. Nothing is fitted to the data.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Score bargaining models against observed outcomes (mean / median absolute error).")
public final class BacktestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Data set with observed outcomes.")
  Path file;

  @Option(names = "--input-format", defaultValue = "deu", paramLabel = "FORMAT",
      description = "Format of FILE: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  InputFormat inputFormat;

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

  enum InputFormat { deu }

  enum OutputFormat { table, csv }

  @Override
  public Integer call() {
    List<BargainingModel> chosen = resolveModels();
    if (!Files.isRegularFile(file))
      throw InputException.of(file.toString(), 0, 0, "", "file not found or not a regular file; give the path of a DEU tab-separated file");
    List<BacktestCase> cases = DeuReader.read(file);
    List<ModelScore> scores;
    try (Interruption watch = Interruption.watch("backtest", spec.commandLine().getErr(),
        () -> cases.size() + " decisions × " + chosen.size() + " models were being scored")) {
      scores = Backtest.run(cases, chosen, new ModelConfig(0L, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, params));
    }
    for (ModelScore s : scores)
      if (s.issues() == 0 && !s.failed().isEmpty())
        throw new UsageException("model " + s.model() + " could not forecast any case; first failure: " + s.failed().get(0));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.csv) printCsv(out, scores);
    else printTable(out, scores, cases.size());
    out.flush();
    return Cli.EXIT_OK;
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
    out.println(String.format(Locale.ROOT, "%-12s %7s %8s %10s %7s", "model", "issues", "MAE", "median AE", "failed"));
    for (ModelScore s : scores)
      out.println(String.format(Locale.ROOT, "%-12s %7d %8.2f %10.2f %7d", s.model(), s.issues(), s.mae(), s.medianAe(), s.failed().size()));
    out.println(cases + " decisions with an observed outcome; errors in scale points (0-100).");
  }
}
