package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.analysis.OptionComparison;
import io.peninsula.engine.analysis.OptionComparison.OptionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each option's outcomes and actor utilities against the baseline, with provenance. */
public record CompareOutcome(Provenance provenance, CompareRequest request, LoadedScenario loaded, OptionComparison.Result result)
    implements ServiceResult {
  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  @Override
  public Map<String, Object> resultJson() {
    OptionComparison.Result r = result;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("baseline", io.peninsula.app.JsonFields.of("outcomes", r.baseline().stream().map(i -> io.peninsula.app.JsonFields.of("issue", i.issueId(), "outcome", i.outcome())).toList(),
        "utilities", r.baselineUtilities().stream().map(a -> io.peninsula.app.JsonFields.of("actor", a.actorId(), "utility", a.utility())).toList()));
    List<Object> opts = new ArrayList<>();
    for (OptionResult o : r.options()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("option", o.option().id());
      m.put("title", o.option().title());
      m.put("outcomes", o.issues().stream().map(i -> io.peninsula.app.JsonFields.of("issue", i.issueId(), "outcome", i.outcome(), "change", i.change())).toList());
      m.put("utilities", o.actors().stream().map(a -> io.peninsula.app.JsonFields.of("actor", a.actorId(), "utility", a.utility(), "change", a.change())).toList());
      opts.add(m);
    }
    root.put("options", opts);
    return root;
  }
}
