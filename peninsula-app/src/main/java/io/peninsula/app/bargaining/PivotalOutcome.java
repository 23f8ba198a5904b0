package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.analysis.PivotalActors.Effect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each actor's effect on each issue's outcome (removed, salience 0, salience 1), largest shift first. */
public record PivotalOutcome(Provenance provenance, PivotalRequest request, LoadedScenario loaded, List<Effect> effects)
    implements ServiceResult {
  public PivotalOutcome {
    effects = List.copyOf(effects);
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("effects", effects.stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", e.issueId());
      m.put("actor", e.actorId());
      m.put("change", e.intervention().label());
      m.put("baseline", e.baseline());
      m.put("outcome", e.outcome().orElse(null));
      m.put("shift", e.outcome().isPresent() ? e.shift() : null);
      return (Object) m;
    }).toList());
    return root;
  }
}
