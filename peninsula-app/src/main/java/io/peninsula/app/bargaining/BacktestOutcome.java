package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.backtest.ModelScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each row's mean and median absolute error. For a DEU data set: over all decisions ({@code
 * scores}, {@code cases} of them) and over those with a reference point ({@code referenceScores});
 * for a scenario: over its recorded outcomes ({@code observed} of them).
 */
public record BacktestOutcome(Provenance provenance, BacktestRequest request, Optional<LoadedScenario> loaded, int cases, int observed,
    List<ModelScore> scores, List<ModelScore> referenceScores, int referenceCases) implements ServiceResult {
  public BacktestOutcome {
    scores = List.copyOf(scores);
    referenceScores = List.copyOf(referenceScores);
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return loaded;
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new java.util.TreeMap<>();
    if (loaded.isPresent()) {
      root.put("scenario", loaded.get().scenario().metadata().id());
      root.put("scores", scores.stream().map(BacktestOutcome::row).toList());
    } else {
      root.put("all_decisions", scores.stream().map(BacktestOutcome::row).toList());
      root.put("with_reference_point", referenceScores.stream().map(BacktestOutcome::row).toList());
    }
    return root;
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
}
