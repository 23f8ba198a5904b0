package io.peninsula.web.ops;

import io.peninsula.engine.backtest.Backtest;
import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.engine.backtest.ModelScore;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.InputException;
import io.peninsula.formats.imports.DeuReader;
import io.peninsula.web.ApiException;
import io.peninsula.web.ApiProblem;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/backtest}: each model's mean and median absolute error on a data set with
 * observed outcomes, sent as text ({@code data_text}, DEU tab-separated). Temporary adapter over
 * {@link Backtest}.
 */
public final class BacktestOperation {
  public Outcome run(Request r) {
    r.allow(Set.of("data_text", "input_format", "models", "params"));
    Instant started = Instant.now();
    String text = r.requiredText("data_text");
    String format = r.text("input_format", "deu");
    if (!format.equals("deu")) throw ApiException.badField("input_format", "unknown format \"" + format + "\" (allowed: deu)");
    List<BargainingModel> models = new ArrayList<>();
    for (String name : r.list("models", BargainingModels.names()))
      models.add(BargainingModels.byName(name.trim()).orElseThrow(() -> ApiException.badField("models",
          "unknown model \"" + name + "\" (available: " + String.join(", ", BargainingModels.names()) + ")")));
    Map<String, String> params = r.stringMap("params");
    List<BacktestCase> cases;
    try {
      cases = DeuReader.read(new StringReader(text), "data.tsv");
    } catch (InputException e) {
      throw new ApiException(400, "the data set has problems", e.problems().stream().map(ApiProblem::of).toList());
    }
    List<ModelScore> scores = Backtest.run(cases, models, new ModelConfig(0L, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, params));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("cases", cases.size());
    root.put("scores", scores.stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", s.model());
      m.put("issues", s.issues());
      m.put("mae", s.mae());
      m.put("median_ae", s.medianAe());
      m.put("failed", s.failed().size());
      return m;
    }).toList());
    ResolvedScenario none = new ResolvedScenario(io.peninsula.model.Scenario.of("backtest", List.of(), List.of(), List.of()),
        "inline", format, text);
    Map<String, Object> prov = new LinkedHashMap<>(params);
    prov.put("models", models.stream().map(BargainingModel::name).toList());
    return new Outcome(Provenance.of("backtest", none, String.join(",", models.stream().map(BargainingModel::name).toList()),
        prov, 0, 1, started), root, none);
  }
}
