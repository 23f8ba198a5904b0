package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which actors move an outcome: for each actor, the model is re-run on the scenario (a) without the
 * actor, (b) with its salience on an issue set to 0 and (c) set to 1, and the shift of each issue's
 * outcome from the baseline forecast is recorded. A one-at-a-time sensitivity analysis in the
 * spirit of "pivotal" players (cf. Shapley–Shubik pivots; here the measure is the forecast shift,
 * not a power index).
 *
 * <p>Removal affects every issue (multi-issue models re-run jointly; issues left with no actor are
 * dropped from that run and the actor's removal effect on them is reported with an empty outcome);
 * a salience change is applied to one issue at a time and its effect reported on that issue. Any
 * intervention the model cannot run is reported with an empty outcome. Results are
 * sorted by |shift| descending, then issue, actor and intervention, so the order is deterministic.
 * Cost: (n + 2·p) forecasts for n actors and p positions (restricted to one issue: n + 2·n_issue).
 */
public final class PivotalActors {
  /** What was done to the actor. */
  public enum Intervention {
    REMOVED("removed"),
    SALIENCE_ZERO("salience=0"),
    SALIENCE_ONE("salience=1");

    private final String label;

    Intervention(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One intervention's effect on one issue; {@code outcome} empty when the model could not run. */
  public record Effect(String issueId, String actorId, Intervention intervention, double baseline, Optional<Double> outcome) {
    public Effect {
      Objects.requireNonNull(issueId, "issueId");
      Objects.requireNonNull(actorId, "actorId");
      Objects.requireNonNull(intervention, "intervention");
      Objects.requireNonNull(outcome, "outcome");
    }

    /** outcome − baseline; NaN when the model could not run. */
    public double shift() {
      return outcome.map(o -> o - baseline).orElse(Double.NaN);
    }
  }

  private PivotalActors() {}

  /** Every effect, on every issue or only on {@code issueId}, sorted by |shift| descending. */
  public static List<Effect> analyse(Scenario scenario, BargainingModel model, ModelConfig config, Optional<String> issueId) {
    issueId.ifPresent(id -> scenario.issue(id).orElseThrow(() -> new io.peninsula.error.InvalidInputException("unknown issue " + id)));
    ForecastResult base = model.forecastWithoutNotes(scenario, config);
    List<Issue> issues = scenario.issues().stream().filter(i -> issueId.map(i.id()::equals).orElse(true)).toList();
    List<Effect> out = new ArrayList<>();
    for (Actor a : scenario.actors()) {
      List<Issue> onIssues = issues.stream().filter(i -> scenario.position(a.id(), i.id()).isPresent()).toList();
      if (onIssues.isEmpty()) continue;
      Optional<ForecastResult> without = run(model, config, without(scenario, a.id()));
      for (Issue i : onIssues) out.add(effect(base, without, i.id(), a.id(), Intervention.REMOVED));
      for (Issue i : onIssues) {
        Position p = scenario.position(a.id(), i.id()).orElseThrow();
        for (Intervention kind : List.of(Intervention.SALIENCE_ZERO, Intervention.SALIENCE_ONE)) {
          double v = kind == Intervention.SALIENCE_ZERO ? 0 : 1;
          Optional<ForecastResult> r = p.salience() == v ? Optional.of(base)
              : run(model, config, scenario.apply(new ScenarioEdit.SetSalience(a.id(), i.id(), v)));
          out.add(effect(base, r, i.id(), a.id(), kind));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Effect e) -> Double.isNaN(e.shift()) ? -1 : Math.abs(e.shift())).reversed()
        .thenComparing(Effect::issueId).thenComparing(Effect::actorId).thenComparing(Effect::intervention));
    return List.copyOf(out);
  }

  /** The scenario without the actor; issues left with no actor are dropped (nothing to forecast). */
  static Scenario without(Scenario s, String actorId) {
    Scenario r = s.apply(new ScenarioEdit.RemoveActor(actorId));
    return r.withIssues(r.issues().stream().filter(i -> !r.positionsOn(i.id()).isEmpty()).toList());
  }

  private static Optional<ForecastResult> run(BargainingModel model, ModelConfig config, Scenario s) {
    try {
      return Optional.of(model.forecastWithoutNotes(s, config));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Effect effect(ForecastResult base, Optional<ForecastResult> r, String issue, String actor, Intervention kind) {
    double b = base.issue(issue).orElseThrow().outcome();
    Optional<Double> o = r.flatMap(x -> x.issue(issue)).map(IssueForecast::outcome);
    return new Effect(issue, actor, kind, b, o);
  }
}
