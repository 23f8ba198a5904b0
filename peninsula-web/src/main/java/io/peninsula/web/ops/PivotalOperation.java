package io.peninsula.web.ops;

import io.peninsula.engine.analysis.PivotalActors;
import io.peninsula.engine.analysis.PivotalActors.Effect;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.ScenarioCatalog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/pivotal}: the CLI's {@code pivotal} rows (issue, actor, change, baseline,
 * outcome, shift) as JSON. Temporary adapter over {@link PivotalActors}.
 */
public final class PivotalOperation {
  private final ScenarioCatalog catalog;

  public PivotalOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  public Outcome run(Request r) {
    r.allow(Fields.of(true, "issue"));
    Instant started = Instant.now();
    ModelChoice m = ModelChoice.of(r);
    ResolvedScenario s = catalog.resolve(r);
    Optional<String> issue = Issues.issue(r.optionalText("issue"), s);
    List<Effect> effects;
    try {
      effects = PivotalActors.analyse(s.scenario(), m.model(), m.config(), issue);
    } catch (IllegalArgumentException e) {
      throw Issues.cannotRun(m.name(), e);
    }
    List<Map<String, Object>> rows = effects.stream().map(e -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("issue", e.issueId());
      x.put("actor", e.actorId());
      x.put("change", e.intervention().label());
      x.put("baseline", e.baseline());
      x.put("outcome", e.outcome().orElse(null));
      x.put("shift", e.outcome().isPresent() ? e.shift() : null);
      return x;
    }).toList();
    Map<String, Object> params = new LinkedHashMap<>(m.config().parameters());
    issue.ifPresent(i -> params.put("issue", i));
    return new Outcome(Provenance.of("pivotal", s, m.name(), params, m.config().seed(), 1, started), Map.of("rows", rows), s);
  }
}
