package io.peninsula.web.ops;

import io.peninsula.engine.analysis.Levers;
import io.peninsula.model.Issue;
import io.peninsula.web.ApiException;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.ScenarioCatalog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/levers}: the CLI's {@code levers --format json}: for each actor on the issue, the
 * smallest change of one lever that moves the forecast to the target. Temporary adapter over
 * {@link Levers}.
 */
public final class LeversOperation {
  private final ScenarioCatalog catalog;

  public LeversOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  public Outcome run(Request r) {
    r.allow(Fields.of(true, "issue", "target", "tolerance"));
    Instant started = Instant.now();
    ModelChoice m = ModelChoice.of(r);
    ResolvedScenario s = catalog.resolve(r);
    String issueId = r.requiredText("issue");
    Issue issue = Issues.require(issueId, s.scenario());
    double target = r.requiredNumber("target");
    if (target < issue.min() || target > issue.max())
      throw ApiException.badField("target", target + " is outside the scale of " + issueId + " [" + issue.min() + ", " + issue.max() + "]");
    double tolerance = r.number("tolerance", 0.5);
    if (tolerance <= 0) throw ApiException.badField("tolerance", "must be positive, got " + tolerance);
    double now;
    List<Levers.Lever> levers;
    try {
      now = m.model().forecast(s.scenario(), m.config()).issue(issueId).orElseThrow().outcome();
      levers = Levers.find(s.scenario(), m.model(), m.config(), issueId, target, tolerance);
    } catch (IllegalArgumentException e) {
      throw Issues.cannotRun(m.name(), e);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("issue", issueId);
    root.put("target", target);
    root.put("forecast", now);
    root.put("levers", levers.stream().map(l -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("actor", l.actor());
      x.put("lever", l.lever());
      x.put("from", l.from());
      x.put("to", l.to());
      x.put("outcome", l.outcome());
      x.put("reachable", l.reachable());
      x.put("effort", l.reachable() ? l.effort() : null);
      return x;
    }).toList());
    root.put("scale", Scales.of(issue));
    Map<String, Object> params = new LinkedHashMap<>(m.config().parameters());
    params.put("issue", issueId);
    params.put("target", target);
    params.put("tolerance", tolerance);
    return new Outcome(Provenance.of("levers", s, m.name(), params, m.config().seed(), 1, started), root, s);
  }
}
