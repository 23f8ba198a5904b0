package io.peninsula.cli;

import io.peninsula.app.dynamics.ArmsFitService;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.dynamics.RichardsonSystem;
import io.peninsula.engine.dynamics.SimulationConfig;
import io.peninsula.engine.dynamics.SimulationResult;
import io.peninsula.model.Issue;
import io.peninsula.model.ScenarioEvent;
import java.util.List;
import java.util.Optional;

/** Renders a {@link SimulationResult}: a table per issue and an event table, or tidy CSV (the JSON is the service's). */
final class SimulateReport {
  static final String CSV_HEADER = "year,issue,mean,p05,p50,p95,p_changed,sd";

  private final LoadedScenario loaded;
  private final String model;
  private final String constraint;
  private final SimulationConfig config;
  private final Optional<ArmsFitService.Dyad> arms;
  private final SimulationResult r;

  SimulateReport(LoadedScenario loaded, String model, String constraint, SimulationConfig config, Optional<ArmsFitService.Dyad> arms,
      SimulationResult r) {
    this.loaded = loaded;
    this.model = model;
    this.constraint = constraint;
    this.config = config;
    this.arms = arms;
    this.r = r;
  }

  String csv() {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    for (SimulationResult.YearIssue y : r.values())
      b.append(y.year()).append(',').append(y.issue()).append(',').append(n(y.mean())).append(',').append(n(y.p05())).append(',')
          .append(n(y.p50())).append(',').append(n(y.p95())).append(',').append(n(y.pChanged())).append(',').append(n(y.sd())).append('\n');
    return b.toString();
  }

  String table() {
    StringBuilder b = new StringBuilder();
    String id = loaded.scenario().metadata().id();
    b.append("simulate ").append(id).append(": ").append(config.years()).append(" years x ").append(r.completed()).append(" runs, model ")
        .append(model).append(" (constraint ").append(constraint).append("), seed ").append(config.seed()).append('\n');
    b.append("today (").append(r.baseYear()).append("): each issue's declared status quo, else the model's forecast of the scenario as given;\n")
        .append("each year's outcome is carried forward as the next year's status quo\n");
    b.append("arms: ").append(armsLine()).append('\n');
    for (Issue issue : loaded.scenario().issues()) {
      b.append('\n').append(issue.id()).append(" — ").append(issue.title()).append('\n');
      Table t = new Table(List.of("year", "mean", "p05", "p50", "p95", "P(changed)", "p50 means"), false, true, true, true, true, true, false);
      for (SimulationResult.YearIssue y : r.values()) {
        if (!y.issue().equals(issue.id())) continue;
        t.row(List.of(String.valueOf(y.year()), Numbers.fixed(y.mean(), 1), Numbers.fixed(y.p05(), 1), Numbers.fixed(y.p50(), 1),
            Numbers.fixed(y.p95(), 1), Numbers.fixed(y.pChanged(), 2), issue.describe(y.p50())));
      }
      b.append(t.render());
    }
    List<ScenarioEvent> events = loaded.scenario().events();
    if (events.isEmpty()) b.append("\nevents: none declared\n");
    else {
      int last = r.baseYear() + config.years();
      b.append("\nevents: share of runs in which each happened (first year, by ").append(last).append(")\n");
      Table t = new Table(List.of("event", "p/year", "P(" + (r.baseYear() + 1) + ")", "P(by " + last + ")", "title"), false, true, true, true, false);
      for (ScenarioEvent e : events) {
        double first = 0;
        double by = 0;
        for (SimulationResult.YearEvent y : r.events()) {
          if (!y.event().equals(e.id())) continue;
          if (y.year() == r.baseYear() + 1) first = y.pThisYear();
          if (y.year() == last) by = y.pByThisYear();
        }
        t.row(List.of(e.id(), Numbers.fixed(e.probability(), 2), Numbers.fixed(first, 3), Numbers.fixed(by, 3), e.title()));
      }
      b.append(t.render());
    }
    if (r.skippedEffects() > 0)
      b.append("\n").append(r.skippedEffects()).append(" event effects could not apply when drawn (e.g. they edit an actor another event removed) and were skipped\n");
    if (r.unconverged() > 0) b.append(r.unconverged()).append(" yearly forecasts hit the iteration cap (--max-iterations)\n");
    return b.toString();
  }

  private String armsLine() {
    if (arms.isEmpty()) return "none (capabilities stay as in the scenario; --arms ACTOR=STATE,ACTOR=STATE to fit them)";
    var a = arms.get();
    RichardsonSystem s = a.dynamics().system();
    return a.firstActor() + " (" + a.firstState() + ") and " + a.secondActor() + " (" + a.secondState() + "), Richardson fitted to "
        + a.data().name() + " " + a.from() + "-" + a.to() + ", spectral radius " + Numbers.fixed(s.spectralRadius(), 3)
        + (s.stable() ? " (converges)" : " (no stable equilibrium)") + "; their capability ratio follows the spending ratio, their sum stays";
  }

  private static String n(double v) {
    return Numbers.plain(v, 6);
  }
}
