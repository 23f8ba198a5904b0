package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.app.Stopwatch;
import io.peninsula.engine.backtest.Backtest;
import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.engine.backtest.ModelScore;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.InputException;
import io.peninsula.formats.imports.DeuReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code backtest}: forecasts every decision of a data set with observed outcomes; nothing is fitted. */
public final class BacktestService {
  /** The data formats a backtest reads. */
  public static final List<String> FORMATS = List.of("deu");

  public BacktestOutcome run(BacktestRequest request) {
    Stopwatch clock = new Stopwatch();
    List<BargainingModel> chosen = resolveModels(request.models());
    for (String key : request.parameters().keySet())
      if (chosen.stream().noneMatch(m -> m.parameters().stream().anyMatch(p -> p.matches(key))))
        throw new BadRequestException("--param " + key + ": no model of this backtest declares it (see peninsula models)");
    if (!FORMATS.contains(request.inputFormat()))
      throw new BadRequestException("unknown --input-format \"" + request.inputFormat() + "\" (allowed: " + String.join(", ", FORMATS) + ")");
    Path file = Path.of(request.file());
    if (!Files.isRegularFile(file))
      throw InputException.of(file.toString(), 0, 0, "", "file not found or not a regular file; give the path of a DEU tab-separated file");
    String sha;
    try {
      sha = Sha256.of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<BacktestCase> cases = DeuReader.read(file);
    List<ModelScore> scores = Backtest.run(cases, chosen,
        new ModelConfig(0L, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, request.parameters()));
    for (ModelScore s : scores)
      if (s.issues() == 0 && !s.failed().isEmpty())
        throw new BadRequestException("model " + s.model() + " could not forecast any case; first failure: " + s.failed().get(0));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("models", chosen.stream().map(BargainingModel::name).toList());
    options.put("parameters", request.parameters());
    options.put("input_format", request.inputFormat());
    return new BacktestOutcome(clock.provenance("backtest", List.of(new Provenance.InputFile(request.file(), sha)), options), request,
        cases.size(), scores);
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
