package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Issue;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares policy options: each option's edits are applied to the scenario
 * ({@link Scenario#apply(PolicyOption)}), the model forecasts the counterfactual, and every issue's
 * outcome is set against the baseline forecast (the scenario as given; an option with no edits,
 * such as {@code status-quo}, reproduces it exactly and is not re-run).
 *
 * <p>Each actor's utility for a set of outcomes is the salience-weighted linear loss of
 * {@link SpatialLoss}: U_i = −Σ_j s_ij · |x̂_j − x_ij| / range_j (Bueno de Mesquita 1994, r = 1).
 *
 * <p>Ambiguity resolved: utilities are evaluated at the <b>baseline</b> ideal points and saliences
 * (the scenario as given), even when an option edits an actor's stated position — an option that
 * moves an actor's declared position is a policy change, not a change of what the actor wants, and
 * evaluating at edited positions would reward options for editing preferences. Actors added by an
 * option have no baseline preferences and are not scored. Cost: one forecast per option with edits
 * plus one for the baseline.
 */
public final class OptionComparison {
  /** One issue's outcome under an option and under the baseline. */
  public record IssueOutcome(String issueId, double baseline, double outcome) {
    public IssueOutcome {
      Objects.requireNonNull(issueId, "issueId");
      if (!Double.isFinite(baseline)) io.peninsula.error.NonFiniteResultException.require(baseline, "the baseline outcome of issue " + issueId);
      if (!Double.isFinite(outcome)) io.peninsula.error.NonFiniteResultException.require(outcome, "the outcome of issue " + issueId);
    }

    public double change() {
      return outcome - baseline;
    }
  }

  /** One actor's utility under an option and under the baseline. */
  public record ActorUtility(String actorId, double baseline, double utility) {
    public ActorUtility {
      Objects.requireNonNull(actorId, "actorId");
    }

    public double change() {
      return utility - baseline;
    }
  }

  /** Everything about one option. */
  public record OptionResult(PolicyOption option, List<IssueOutcome> issues, List<ActorUtility> actors) {
    public OptionResult {
      Objects.requireNonNull(option, "option");
      issues = List.copyOf(issues);
      actors = List.copyOf(actors);
    }
  }

  /** The comparison: model name, baseline outcomes and utilities, and one result per option in the order asked. */
  public record Result(String model, List<IssueOutcome> baseline, List<ActorUtility> baselineUtilities, List<OptionResult> options) {
    public Result {
      Objects.requireNonNull(model, "model");
      baseline = List.copyOf(baseline);
      baselineUtilities = List.copyOf(baselineUtilities);
      options = List.copyOf(options);
    }
  }

  private OptionComparison() {}

  /**
   * Forecasts the baseline and every option.
   *
   * @throws IllegalArgumentException when an option does not apply to the scenario or the model
   *     cannot run on a counterfactual (the message names the option)
   */
  public static Result compare(Scenario scenario, List<PolicyOption> options, BargainingModel model, ModelConfig config) {
    ForecastResult base = model.forecastWithoutNotes(scenario, config);
    Map<String, Double> baseOut = outcomes(base);
    List<IssueOutcome> baseline = new ArrayList<>();
    for (Issue i : scenario.issues()) baseline.add(new IssueOutcome(i.id(), baseOut.get(i.id()), baseOut.get(i.id())));
    double[] baseU = utilities(scenario, baseOut);
    List<ActorUtility> baseUtil = new ArrayList<>();
    for (int k = 0; k < baseU.length; k++) baseUtil.add(new ActorUtility(scenario.actors().get(k).id(), baseU[k], baseU[k]));
    List<OptionResult> results = new ArrayList<>();
    for (PolicyOption o : options) {
      Map<String, Double> out = o.edits().isEmpty() ? baseOut : outcomes(forecast(scenario, o, model, config));
      List<IssueOutcome> io = new ArrayList<>();
      for (Issue i : scenario.issues()) {
        Double v = out.get(i.id());
        if (v == null) throw new io.peninsula.error.InvalidInputException("option " + o.id() + ": model " + model.name() + " gave no outcome on issue " + i.id());
        io.add(new IssueOutcome(i.id(), baseOut.get(i.id()), v));
      }
      double[] u = utilities(scenario, out);
      List<ActorUtility> au = new ArrayList<>();
      for (int k = 0; k < u.length; k++) au.add(new ActorUtility(scenario.actors().get(k).id(), baseU[k], u[k]));
      results.add(new OptionResult(o, io, au));
    }
    return new Result(model.name(), baseline, baseUtil, results);
  }

  /** The model's forecast of the counterfactual; errors name the option. */
  static ForecastResult forecast(Scenario scenario, PolicyOption option, BargainingModel model, ModelConfig config) {
    Scenario counterfactual = scenario.apply(option);
    try {
      return model.forecastWithoutNotes(counterfactual, config);
    } catch (IllegalArgumentException e) {
      throw new io.peninsula.error.InvalidInputException("option " + option.id() + ": " + e.getMessage(), e);
    }
  }

  static Map<String, Double> outcomes(ForecastResult r) {
    Map<String, Double> m = new HashMap<>();
    for (IssueForecast f : r.issues()) m.put(f.issueId(), f.outcome());
    return m;
  }

  /** {@link SpatialLoss#utilities}: U_i for every actor of {@code preferences}, in actor order. */
  public static double[] utilities(Scenario preferences, Map<String, Double> outcomes) {
    return SpatialLoss.utilities(preferences, outcomes);
  }
}
