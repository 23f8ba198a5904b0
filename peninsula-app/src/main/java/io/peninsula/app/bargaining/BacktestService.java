package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioRef;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.engine.backtest.ConstrainedBacktest;
import io.peninsula.engine.backtest.ModelScore;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.InputException;
import io.peninsula.formats.InputLimits;
import io.peninsula.formats.imports.DeuReader;
import io.peninsula.formats.imports.OutcomesCsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code backtest}: forecasts every decision of a data set with observed outcomes (or every issue
 * of a scenario with recorded outcomes), each model alone and under the veto-player constraint,
 * next to the status quo; nothing is fitted.
 */
public final class BacktestService {
  /** Accepted row selections. */
  public static final List<String> ROWS = List.of("both", "veto", "none");

  private final ScenarioSource scenarios;

  public BacktestService() {
    this(new FileScenarioSource());
  }

  public BacktestService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  public BacktestOutcome run(BacktestRequest request) {
    Stopwatch clock = new Stopwatch();
    List<BargainingModel> chosen = resolveModels(request.models());
    if (!ROWS.contains(request.rows()))
      throw new BadRequestException("unknown --constraint \"" + request.rows() + "\" (allowed: both, veto, none)");
    ConstrainedBacktest.Rows rows = ConstrainedBacktest.Rows.of(request.rows());
    ModelConfig config = new ModelConfig(0L, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, request.parameters());
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("models", chosen.stream().map(BargainingModel::name).toList());
    options.put("rows", request.rows());
    options.put("parameters", request.parameters());
    options.put("outcomes", request.outcomes().orElse(null));
    if (request.outcomes().isPresent()) {
      LoadedScenario loaded = scenarios.load(ScenarioRef.of(request.file(), request.inputFormat().orElse("auto")));
      Path outcomes = Path.of(request.outcomes().get());
      Map<String, Double> observed = OutcomesCsvReader.read(outcomes, loaded.scenario());
      List<ModelScore> scores = ConstrainedBacktest.scenario(loaded.scenario(), observed, chosen, config, rows);
      checkFailures(scores);
      Provenance p = clock.provenance("backtest", loaded, Map.of()).withInputs(List.of(stamp(outcomes)));
      return new BacktestOutcome(p.withOptions(options), request, Optional.of(loaded), 0, observed.size(), scores, List.of(), 0);
    }
    if (request.inputFormat().isPresent() && !request.inputFormat().get().equals("deu"))
      throw new BadRequestException("--input-format " + request.inputFormat().get() + " needs --outcomes FILE.csv (a scenario scored "
          + "against recorded outcomes); without --outcomes FILE is a DEU data set (--input-format deu)");
    Path path = Path.of(request.file());
    if (!Files.isRegularFile(path))
      throw InputException.of(request.file(), 0, 0, "", "file not found or not a regular file; give the path of a DEU tab-separated file");
    List<BacktestCase> cases = DeuReader.read(path);
    List<ModelScore> scores = ConstrainedBacktest.run(cases, chosen, config, rows);
    checkFailures(scores);
    List<BacktestCase> withRp = ConstrainedBacktest.withStatusQuo(cases);
    List<ModelScore> rpScores = rows == ConstrainedBacktest.Rows.NONE ? List.of() : ConstrainedBacktest.run(withRp, chosen, config, rows);
    return new BacktestOutcome(clock.provenance("backtest", List.of(stamp(path)), options), request, Optional.empty(), cases.size(), 0,
        scores, rpScores, withRp.size());
  }

  private static Provenance.InputFile stamp(Path file) {
    return new Provenance.InputFile(file.toString(), Sha256.of(InputLimits.readFile(file)));
  }

  private static void checkFailures(List<ModelScore> scores) {
    for (ModelScore s : scores)
      if (s.issues() == 0 && !s.failed().isEmpty())
        throw new BadRequestException("model " + s.model() + " could not forecast any case; first failure: " + s.failed().get(0));
  }

  private static List<BargainingModel> resolveModels(List<String> names) {
    if (names.isEmpty()) return BargainingModels.all();
    List<BargainingModel> out = new ArrayList<>();
    for (String name : names)
      out.add(BargainingModels.byName(name.trim()).orElseThrow(() -> new BadRequestException(
          "--models: unknown model '" + name + "'; known models: " + String.join(", ", BargainingModels.names()))));
    return out;
  }
}
