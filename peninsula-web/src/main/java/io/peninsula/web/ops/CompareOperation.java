package io.peninsula.web.ops;

import io.peninsula.engine.analysis.OptionComparison;
import io.peninsula.engine.analysis.OptionComparison.OptionResult;
import io.peninsula.model.PolicyOption;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.ScenarioCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/compare}: the CLI's {@code compare --format json}: per option, each issue's
 * outcome and change from the baseline and each actor's utility and change. Temporary adapter over
 * {@link OptionComparison} until the application layer's compare service lands.
 */
public final class CompareOperation {
  private final ScenarioCatalog catalog;

  public CompareOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  public Outcome run(Request r) {
    r.allow(Fields.of(true, "options"));
    Instant started = Instant.now();
    ModelChoice m = ModelChoice.of(r);
    ResolvedScenario s = catalog.resolve(r);
    List<PolicyOption> chosen = Issues.options(r.list("options", List.of("all")), s.scenario());
    OptionComparison.Result res;
    try {
      res = OptionComparison.compare(s.scenario(), chosen, m.model(), m.config());
    } catch (IllegalArgumentException e) {
      throw Issues.cannotRun(m.name(), e);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("baseline", Map.of(
        "outcomes", res.baseline().stream().map(i -> Map.of("issue", i.issueId(), "outcome", i.outcome())).toList(),
        "utilities", res.baselineUtilities().stream().map(a -> Map.of("actor", a.actorId(), "utility", a.utility())).toList()));
    List<Object> opts = new ArrayList<>();
    for (OptionResult o : res.options()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("option", o.option().id());
      x.put("title", o.option().title());
      x.put("outcomes", o.issues().stream().map(i -> Map.of("issue", i.issueId(), "outcome", i.outcome(), "change", i.change())).toList());
      x.put("utilities", o.actors().stream().map(a -> Map.of("actor", a.actorId(), "utility", a.utility(), "change", a.change())).toList());
      opts.add(x);
    }
    root.put("options", opts);
    root.put("scales", Scales.of(s.scenario()));
    Map<String, Object> params = new LinkedHashMap<>(m.config().parameters());
    params.put("max_iterations", m.config().maxIterations());
    params.put("options", chosen.stream().map(PolicyOption::id).toList());
    return new Outcome(Provenance.of("compare", s, m.name(), params, m.config().seed(), 1, started), root, s);
  }
}
