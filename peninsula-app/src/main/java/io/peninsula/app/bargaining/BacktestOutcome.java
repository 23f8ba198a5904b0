package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.backtest.ModelScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each model's mean and median absolute error over the cases with an observed outcome. */
public record BacktestOutcome(Provenance provenance, BacktestRequest request, int cases, List<ModelScore> scores)
    implements ServiceResult {
  public BacktestOutcome {
    scores = List.copyOf(scores);
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.empty();
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("cases", cases);
    root.put("models", scores.stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", s.model());
      m.put("issues", s.issues());
      m.put("mae", s.mae());
      m.put("median_ae", s.medianAe());
      m.put("failed", s.failed().size());
      return (Object) m;
    }).toList());
    return root;
  }
}
