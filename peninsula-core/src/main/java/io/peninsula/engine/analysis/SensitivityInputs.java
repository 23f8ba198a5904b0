package io.peninsula.engine.analysis;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.Uncertainty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncertain inputs of a scenario as a unit hypercube: every position, salience and capability,
 * each with its law — the declared {@link io.peninsula.model.Uncertainty} (uniform, triangular or
 * truncated normal), or else the {@link UncertaintyDefaults} (uniform: position ± 10 % of the
 * issue's range, salience ± 0.1, capability × (1 ± 10 %)). These are the laws the Monte Carlo
 * engine draws from ({@link UncertaintySampler#law}), with its clamping to the scale, [0, 1] and
 * ≥ 0, so the indices describe the same uncertainty that {@code montecarlo} reports.
 *
 * <p>{@link #scenario(double[])} maps a point u ∈ [0,1]^k through each input's inverse CDF:
 * coordinate u_i becomes the u_i-quantile of input i. A quasi-random point set that is uniform on
 * the cube thus becomes a sample from the inputs' joint law (independent inputs), as variance-based
 * indices require (Saltelli et al. 2008, <i>Global Sensitivity Analysis: The Primer</i>, §4.6).
 * Morris' grid levels are quantiles too, so an elementary effect is the change of the outcome when
 * the input crosses its whole probability range. {@link Input#lo()} and {@link Input#hi()} give the
 * support (the 0- and 1-quantiles). Inputs whose support is a single point are left out.
 */
public final class SensitivityInputs {
  /** One varied input. {@code kind} is position, salience or capability; {@code issue} empty for capability. */
  public record Input(String kind, String actor, String issue, double value, double lo, double hi) {
    public String label() {
      return kind.equals("capability") ? actor + " capability" : actor + " " + kind + " on " + issue;
    }
  }

  private final Scenario base;
  private final List<Input> inputs;
  private final List<UncertaintySampler.Law> laws;

  public SensitivityInputs(Scenario base, double positionHalfWidth, double salienceHalfWidth, double capabilityRelative) {
    this(base, new UncertaintyDefaults(positionHalfWidth, salienceHalfWidth, capabilityRelative));
  }

  public SensitivityInputs(Scenario base, UncertaintyDefaults defaults) {
    this.base = base;
    List<Input> in = new ArrayList<>();
    List<UncertaintySampler.Law> ls = new ArrayList<>();
    for (Position p : base.positions()) {
      Issue issue = base.issue(p.issueId()).orElseThrow();
      double h = defaults.positionHalfWidth() * issue.range();
      Uncertainty location = p.positionUncertainty().orElseGet(() -> new Uncertainty.Range(
          Math.max(issue.min(), Math.min(p.position() - h, issue.max())), Math.min(issue.max(), Math.max(p.position() + h, issue.min()))));
      add(in, ls, "position", p.actorId(), p.issueId(), p.position(), location, issue.min(), issue.max());
      double sh = defaults.salienceHalfWidth();
      Uncertainty salience = p.salienceUncertainty().orElseGet(() -> new Uncertainty.Range(
          Math.max(0, Math.min(p.salience() - sh, 1)), Math.min(1, Math.max(p.salience() + sh, 0))));
      add(in, ls, "salience", p.actorId(), p.issueId(), p.salience(), salience, 0, 1);
    }
    for (Actor a : base.actors()) {
      double c = a.capability();
      Uncertainty capability = a.capabilityUncertainty().orElseGet(() ->
          new Uncertainty.Range(c * (1 - defaults.capabilityRelative()), c * (1 + defaults.capabilityRelative())));
      add(in, ls, "capability", a.id(), "", c, capability, 0, Double.POSITIVE_INFINITY);
    }
    this.inputs = List.copyOf(in);
    this.laws = List.copyOf(ls);
  }

  /** The defaults of the Monte Carlo engine ({@link UncertaintyDefaults#standard()}): ±10 % of the scale, ±0.1, ±10 %. */
  public static SensitivityInputs standard(Scenario base) {
    return new SensitivityInputs(base, UncertaintyDefaults.standard());
  }

  /** Adds the input with its law clamped to [min, max] (as the Monte Carlo sampler clamps), unless its support is one point. */
  private static void add(List<Input> in, List<UncertaintySampler.Law> ls, String kind, String actor, String issue, double value,
      Uncertainty u, double min, double max) {
    UncertaintySampler.Law raw = UncertaintySampler.law(u);
    UncertaintySampler.Law law = v -> Math.min(max, Math.max(min, raw.quantile(v)));
    double lo = law.quantile(0);
    double hi = law.quantile(1);
    if (hi > lo) {
      in.add(new Input(kind, actor, issue, value, lo, hi));
      ls.add(law);
    }
  }

  /** The value of input {@code k} at quantile level {@code u} ∈ [0, 1]. */
  public double quantile(int k, double u) {
    return laws.get(k).quantile(u);
  }

  public List<Input> inputs() {
    return inputs;
  }

  public int size() {
    return inputs.size();
  }

  /** The scenario at point u of the unit hypercube (u.length == size()). */
  public Scenario scenario(double[] u) {
    if (u.length != inputs.size()) throw new IllegalArgumentException("expected " + inputs.size() + " coordinates, got " + u.length);
    Map<String, double[]> pos = new HashMap<>();
    Map<String, Double> cap = new HashMap<>();
    for (int k = 0; k < u.length; k++) {
      Input i = inputs.get(k);
      double v = laws.get(k).quantile(u[k]);
      switch (i.kind()) {
        case "capability" -> cap.put(i.actor(), v);
        case "position" -> pos.computeIfAbsent(i.actor() + "/" + i.issue(), x -> new double[] {Double.NaN, Double.NaN})[0] = v;
        default -> pos.computeIfAbsent(i.actor() + "/" + i.issue(), x -> new double[] {Double.NaN, Double.NaN})[1] = v;
      }
    }
    List<Position> ps = new ArrayList<>(base.positions().size());
    for (Position p : base.positions()) {
      double[] v = pos.get(p.actorId() + "/" + p.issueId());
      Position q = p;
      if (v != null && !Double.isNaN(v[0])) q = q.withPosition(v[0]);
      if (v != null && !Double.isNaN(v[1])) q = q.withSalience(v[1]);
      ps.add(q);
    }
    List<Actor> as = base.actors().stream().map(a -> cap.containsKey(a.id()) ? a.withCapability(cap.get(a.id())) : a).toList();
    return base.withActors(as).withPositions(ps);
  }
}
