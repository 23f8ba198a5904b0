package io.peninsula.web.ops;

import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.model.Issue;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.ScenarioCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/forecast}: the CLI's {@code forecast --format json} (outcomes, trajectory
 * {@code round,actor,dimension,position}, the notes of each round), plus the issues' scales for
 * charts. Temporary adapter over the core until the application layer's forecast service lands.
 */
public final class ForecastOperation {
  private final ScenarioCatalog catalog;

  public ForecastOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  public Outcome run(Request r) {
    r.allow(Fields.of(true, "issue"));
    Instant started = Instant.now();
    ModelChoice m = ModelChoice.of(r);
    ResolvedScenario s = catalog.resolve(r);
    Optional<String> only = Issues.issue(r.optionalText("issue"), s);
    ForecastResult result;
    try {
      result = m.model().forecast(s.scenario(), m.config());
    } catch (IllegalArgumentException e) {
      throw Issues.cannotRun(m.name(), e);
    }
    Map<String, Object> params = new LinkedHashMap<>(m.config().parameters());
    params.put("max_iterations", m.config().maxIterations());
    only.ifPresent(i -> params.put("issue", i));
    return new Outcome(Provenance.of("forecast", s, m.name(), params, m.config().seed(), 1, started), body(s, result, only), s);
  }

  static Map<String, Object> body(ResolvedScenario s, ForecastResult result, Optional<String> only) {
    List<IssueForecast> issues = result.issues().stream().filter(i -> only.isEmpty() || i.issueId().equals(only.get())).toList();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("converged", result.converged());
    root.put("iterations", result.iterations());
    List<Object> outcomes = new ArrayList<>();
    for (IssueForecast f : issues) {
      Issue issue = s.scenario().issue(f.issueId()).orElseThrow();
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
    for (IssueForecast f : issues)
      for (int round = 0; round < f.rounds().size(); round++)
        for (int k = 0; k < f.actorIds().size(); k++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("round", round);
          row.put("actor", f.actorIds().get(k));
          row.put("dimension", f.issueId());
          row.put("position", f.rounds().get(round).get(k));
          rows.add(row);
        }
    root.put("trajectory", rows);
    root.put("notes", result.notes().stream().map(n -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("issue", n.issueId());
      x.put("round", n.round());
      x.put("actor", n.actor());
      x.put("target", n.target());
      x.put("kind", n.kind());
      x.put("text", n.text());
      return x;
    }).toList());
    root.put("scales", Scales.of(s.scenario()));
    return root;
  }
}
