package io.peninsula.app.dynamics;

import io.peninsula.app.JsonFields;
import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.dynamics.ArmsFitConfig;
import io.peninsula.engine.dynamics.ArmsFitResult;
import io.peninsula.engine.dynamics.HoldoutScore;
import io.peninsula.engine.dynamics.Interval;
import io.peninsula.engine.dynamics.RichardsonSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fitted Richardson dyad with its held-out scores, the data set it was fitted to (with the hash of
 * the bundled file) and the run's provenance; one JSON rendering ({@link #resultJson}) for the
 * CLI's {@code --format json}, the run store and {@code runs rerun}.
 */
public record ArmsFitOutcome(Provenance provenance, ArmsFitRequest request, ArmsFitResult result, ArmsData data) implements ServiceResult {
  public ArmsFitOutcome {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(data, "data");
  }

  /** An arms fit reads no scenario: its input is the bundled data file, hashed in the provenance and the result. */
  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.empty();
  }

  /**
   * The fit as the provenance's {@code options}, resolved so that passing them back as options
   * reproduces the run: the dyad, the data set, the window {@code from}-{@code to}, the held-out
   * years ({@code Y1-Y2} or {@code none}), the bootstrap replicates and the interval level.
   */
  static Map<String, Object> options(ArmsFitResult r, String data) {
    ArmsFitConfig c = r.config();
    return JsonFields.of("dyad", List.of(r.first(), r.second()), "data", data, "from", c.from(), "to", c.to(),
        "holdout", c.holdoutFrom().map(h -> h + "-" + c.to()).orElse("none"), "bootstrap", c.bootstrap(), "level", c.level());
  }

  /**
   * The {@code result} object: the two states; the data set (name, citation, bundled file and its
   * SHA-256, listed early so a rerun on changed data names that first); the fit window and held-out
   * years ({@code null} without a holdout); the bootstrap (replicates, level, seed); per state the
   * coefficients g, k, a each with its interval; the residual sd; the spectral radius, whether the
   * dyad is stable, the stable share of replicates and the equilibrium in current US$ millions
   * ({@code null} unless stable); the holdout scores (one per model, the rows of {@code --format csv})
   * and the best models by dynamic and one-step RMSE ({@code null} without a holdout).
   */
  @Override
  public Map<String, Object> resultJson() {
    ArmsFitConfig c = result.config();
    RichardsonSystem p = result.point();
    var iv = result.intervals();
    Map<String, Object> root = JsonFields.of("first", result.first(), "second", result.second());
    root.put("data", JsonFields.of("name", data.name(), "citation", data.citation(), "file", data.file(), "sha256", data.sha256()));
    root.put("fit_from", c.from());
    root.put("fit_to", c.fitTo());
    root.put("holdout_from", c.holdoutFrom().orElse(null));
    root.put("holdout_to", c.holdoutFrom().isPresent() ? c.to() : null);
    root.put("bootstrap", JsonFields.of("replicates", iv.replicates(), "level", c.level(), "seed", c.seed()));
    root.put("coefficients", List.of(
        coefficients(result.first(), iv.firstGrievance(), iv.firstDefence(), iv.firstFatigue()),
        coefficients(result.second(), iv.secondGrievance(), iv.secondDefence(), iv.secondFatigue())));
    root.put("residual_sd", result.residualSd());
    root.put("spectral_radius", p.spectralRadius());
    root.put("stable", p.stable());
    root.put("stable_share", iv.stableShare());
    root.put("equilibrium", p.equilibrium().filter(e -> p.stable()).map(e -> (Object) List.of(
        JsonFields.of("state", result.first(), "usd_millions", Math.exp(e[0])),
        JsonFields.of("state", result.second(), "usd_millions", Math.exp(e[1])))).orElse(null));
    List<Object> scores = new ArrayList<>();
    for (HoldoutScore s : result.scores())
      scores.add(JsonFields.of("model", s.model(), "years", s.years(), "rmse_one_step", s.rmseOneStep(), "rmse_dynamic", s.rmseDynamic()));
    root.put("scores", scores);
    root.put("best_dynamic", result.winner().map(HoldoutScore::model).orElse(null));
    root.put("best_one_step", result.scores().stream().min(Comparator.comparingDouble(HoldoutScore::rmseOneStep)).map(HoldoutScore::model)
        .orElse(null));
    return root;
  }

  private static Map<String, Object> coefficients(String state, Interval g, Interval k, Interval a) {
    return JsonFields.of("state", state, "grievance", interval(g), "reaction", interval(k), "fatigue", interval(a));
  }

  private static Map<String, Object> interval(Interval i) {
    return JsonFields.of("estimate", i.estimate(), "low", i.low(), "high", i.high());
  }
}
