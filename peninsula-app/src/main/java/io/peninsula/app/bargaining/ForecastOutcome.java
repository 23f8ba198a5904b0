package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.model.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forecast with its provenance: the model's result, the issues reported (all, or the one asked
 * for) and, for a fixed-horizon model, the number of rounds it always runs.
 */
public record ForecastOutcome(Provenance provenance, ForecastRequest request, LoadedScenario loaded, ForecastResult result,
    Optional<Integer> fixedHorizon) implements ServiceResult {

  /** The issues reported, in scenario order. */
  public List<IssueForecast> issues() {
    return result.issues().stream().filter(i -> request.issue().map(i.issueId()::equals).orElse(true)).toList();
  }

  /** True when the model stopped at its fixed horizon (which is how it ends, not a failure). */
  public boolean ranFixedHorizon() {
    return !result.converged() && fixedHorizon.isPresent() && result.iterations() >= fixedHorizon.get();
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("converged", result.converged());
    root.put("iterations", result.iterations());
    List<Object> outcomes = new ArrayList<>();
    for (IssueForecast f : issues()) {
      Issue issue = loaded.scenario().issue(f.issueId()).orElseThrow();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("issue", f.issueId());
      o.put("outcome", f.outcome());
      o.put("meaning", issue.describe(f.outcome()));
      o.put("iterations", f.iterations());
      o.put("converged", f.converged());
      outcomes.add(o);
    }
    root.put("outcomes", outcomes);
    List<Object> rows = new ArrayList<>();
    for (IssueForecast f : issues())
      for (int r = 0; r < f.rounds().size(); r++)
        for (int k = 0; k < f.actorIds().size(); k++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("round", r);
          row.put("actor", f.actorIds().get(k));
          row.put("dimension", f.issueId());
          row.put("position", f.rounds().get(r).get(k));
          rows.add(row);
        }
    root.put("trajectory", rows);
    root.put("notes", result.notes().stream().map(n -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", n.issueId());
      m.put("round", n.round());
      m.put("actor", n.actor());
      m.put("target", n.target());
      m.put("kind", n.kind());
      m.put("text", n.text());
      return m;
    }).toList());
    return root;
  }
}
