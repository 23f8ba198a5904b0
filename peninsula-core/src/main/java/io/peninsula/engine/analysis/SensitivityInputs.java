package io.peninsula.engine.analysis;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncertain inputs of a scenario as a unit hypercube: every position, salience and capability,
 * each with a range [lo, hi] — the support of its declared {@link io.peninsula.model.Uncertainty},
 * or else the default: position ± {@code positionHalfWidth} × the issue's range, salience ±
 * {@code salienceHalfWidth}, capability × (1 ± {@code capabilityRelative}), clamped to the allowed
 * values. {@link #scenario(double[])} maps a point u ∈ [0,1]^k linearly onto the ranges (uniform
 * over the support: distribution shapes are not used by the screening methods, only supports).
 * Inputs whose range is a single point are left out.
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

  public SensitivityInputs(Scenario base, double positionHalfWidth, double salienceHalfWidth, double capabilityRelative) {
    this.base = base;
    List<Input> in = new ArrayList<>();
    for (Position p : base.positions()) {
      Issue issue = base.issue(p.issueId()).orElseThrow();
      double h = positionHalfWidth * issue.range();
      add(in, new Input("position", p.actorId(), p.issueId(), p.position(),
          p.positionUncertainty().map(u -> u.lower()).orElse(Math.max(issue.min(), p.position() - h)),
          p.positionUncertainty().map(u -> u.upper()).orElse(Math.min(issue.max(), p.position() + h))));
      add(in, new Input("salience", p.actorId(), p.issueId(), p.salience(),
          p.salienceUncertainty().map(u -> u.lower()).orElse(Math.max(0, p.salience() - salienceHalfWidth)),
          p.salienceUncertainty().map(u -> u.upper()).orElse(Math.min(1, p.salience() + salienceHalfWidth))));
    }
    for (Actor a : base.actors())
      add(in, new Input("capability", a.id(), "", a.capability(),
          a.capabilityUncertainty().map(u -> u.lower()).orElse(a.capability() * (1 - capabilityRelative)),
          a.capabilityUncertainty().map(u -> u.upper()).orElse(a.capability() * (1 + capabilityRelative))));
    this.inputs = List.copyOf(in);
  }

  /** The defaults of the Monte Carlo engine: ±10 % of the scale, ±0.1, ±10 %. */
  public static SensitivityInputs standard(Scenario base) {
    return new SensitivityInputs(base, 0.10, 0.10, 0.10);
  }

  private static void add(List<Input> in, Input i) {
    if (i.hi() > i.lo()) in.add(i);
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
      double v = i.lo() + u[k] * (i.hi() - i.lo());
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
