package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.analysis.Levers;
import io.peninsula.model.Issue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forecast now and each actor's smallest single change that reaches the target, least effort first. */
public record LeversOutcome(Provenance provenance, LeversRequest request, LoadedScenario loaded, Issue issue, double forecast,
    List<Levers.Lever> levers) implements ServiceResult {
  public LeversOutcome {
    levers = List.copyOf(levers);
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("issue", request.issue());
    root.put("target", request.target());
    root.put("forecast", forecast);
    root.put("levers", levers.stream().map(l -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actor", l.actor());
      m.put("lever", l.lever());
      m.put("from", l.from());
      m.put("to", l.to());
      m.put("outcome", l.outcome());
      m.put("reachable", l.reachable());
      m.put("effort", l.reachable() ? l.effort() : null);
      return m;
    }).toList());
    return root;
  }
}
