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
import java.util.Objects;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Draws one realisation of a scenario's uncertain inputs: every actor's capability and every
 * position's location and salience, each from its declared {@link Uncertainty} or, when none is
 * declared, from the {@link UncertaintyDefaults}. All draws are by inversion of the CDF at one
 * uniform variate, so each input consumes exactly one {@code nextDouble()}:
 * <ul>
 *   <li>Range(a, b): a + u(b − a);
 *   <li>Triangular(a, c, b): a + √(u(b − a)(c − a)) if u &lt; (c − a)/(b − a), else b − √((1 − u)(b − a)(b − c));
 *   <li>TruncatedNormal(μ, σ, a, b): μ + σ Φ⁻¹(Φ(α) + u(Φ(β) − Φ(α))), α = (a − μ)/σ, β = (b − μ)/σ,
 *       with Hipparchus' {@link NormalDistribution}. When α &gt; 0 the law is mirrored about μ so
 *       Φ is evaluated in the lower tail, where it keeps its relative precision; when the interval
 *       is so far in the tail that Φ(β) − Φ(α) underflows to 0 it is drawn uniformly on [a, b]
 *       (the truncated normal tends to that only in shape, documented approximation).
 * </ul>
 * Every draw is then clamped to what the scenario allows (positions to the issue's scale,
 * saliences to [0, 1], capabilities to ≥ 0), so a declared law wider than the scale piles its
 * excess mass on the scale end.
 *
 * <p>Draw order is fixed: actors' capabilities in scenario order, then for each position in
 * {@link Scenario#positions()} order its location then its salience. Policy options are applied to
 * the sampled scenario afterwards (common random numbers: every option sees the same sample).
 * Immutable and thread-safe; {@link #sample} uses only the generator it is given.
 */
public final class UncertaintySampler {
  /** The inverse CDF of one input's law. */
  @FunctionalInterface
  public interface Law {
    /** The quantile at {@code u} ∈ [0, 1). */
    double quantile(double u);
  }

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private final Scenario scenario;
  private final Law[] capability;
  private final Law[] location;
  private final Law[] salience;
  private final double[] lo;
  private final double[] hi;

  public UncertaintySampler(Scenario scenario, UncertaintyDefaults defaults) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(defaults, "defaults");
    List<Actor> actors = scenario.actors();
    capability = new Law[actors.size()];
    for (int k = 0; k < capability.length; k++) {
      Actor a = actors.get(k);
      double c = a.capability();
      capability[k] = law(a.capabilityUncertainty().orElseGet(() ->
          new Uncertainty.Range(c * (1 - defaults.capabilityRelative()), c * (1 + defaults.capabilityRelative()))));
    }
    Map<String, Issue> issues = new HashMap<>();
    for (Issue i : scenario.issues()) issues.put(i.id(), i);
    List<Position> ps = scenario.positions();
    location = new Law[ps.size()];
    salience = new Law[ps.size()];
    lo = new double[ps.size()];
    hi = new double[ps.size()];
    for (int k = 0; k < ps.size(); k++) {
      Position p = ps.get(k);
      Issue issue = issues.get(p.issueId());
      lo[k] = issue.min();
      hi[k] = issue.max();
      double h = defaults.positionHalfWidth() * issue.range();
      location[k] = law(p.positionUncertainty().orElseGet(() -> new Uncertainty.Range(
          Math.max(issue.min(), Math.min(p.position() - h, issue.max())), Math.min(issue.max(), Math.max(p.position() + h, issue.min())))));
      double sh = defaults.salienceHalfWidth();
      salience[k] = law(p.salienceUncertainty().orElseGet(() -> new Uncertainty.Range(
          Math.max(0, Math.min(p.salience() - sh, 1)), Math.min(1, Math.max(p.salience() + sh, 0)))));
    }
  }

  /** The scenario this sampler draws from. */
  public Scenario scenario() {
    return scenario;
  }

  /** One realisation: same actors, issues, relations and options; sampled numbers. */
  public Scenario sample(SplittableRandom rng) {
    double[] capability = new double[scenario.actors().size()];
    double[] position = new double[scenario.positions().size()];
    double[] salience = new double[position.length];
    draw(rng, capability, position, salience);
    return realise(capability, position, salience);
  }

  /**
   * One realisation as numbers, without building records (the Monte Carlo fast path): actors'
   * capabilities in {@link Scenario#actors()} order, positions' locations and saliences in
   * {@link Scenario#positions()} order. The same draws, in the same order, as {@link #sample}.
   */
  public void draw(SplittableRandom rng, double[] capability, double[] position, double[] salience) {
    for (int k = 0; k < this.capability.length; k++) capability[k] = Math.max(0, this.capability[k].quantile(rng.nextDouble()));
    for (int k = 0; k < location.length; k++) {
      position[k] = clamp(location[k].quantile(rng.nextDouble()), lo[k], hi[k]);
      salience[k] = clamp(this.salience[k].quantile(rng.nextDouble()), 0, 1);
    }
  }

  /** The scenario with the numbers of a {@link #draw}. */
  public Scenario realise(double[] capability, double[] position, double[] salience) {
    List<Actor> actors = scenario.actors();
    List<Actor> a = new ArrayList<>(actors.size());
    for (int k = 0; k < actors.size(); k++) a.add(actors.get(k).withCapability(capability[k]));
    List<Position> ps = scenario.positions();
    List<Position> p = new ArrayList<>(ps.size());
    for (int k = 0; k < ps.size(); k++) {
      Position old = ps.get(k);
      p.add(new Position(old.actorId(), old.issueId(), position[k], salience[k], old.source(), old.salienceSource(),
          old.positionUncertainty(), old.salienceUncertainty(), old.influence()));
    }
    return new Scenario(scenario.metadata(), scenario.sources(), a, scenario.issues(), p, scenario.relations(), scenario.options(),
        scenario.events(), scenario.roles());
  }

  /** The inverse-CDF sampler of a law (see the class comment for the formulas). */
  public static Law law(Uncertainty u) {
    if (u instanceof Uncertainty.Range r) {
      double a = r.lower();
      double w = r.upper() - r.lower();
      return v -> a + v * w;
    } else if (u instanceof Uncertainty.Triangular t) {
      return triangular(t.lower(), t.mode(), t.upper());
    } else if (u instanceof Uncertainty.TruncatedNormal n) {
      return truncatedNormal(n.mean(), n.sd(), n.lower(), n.upper());
    }
    throw new IllegalArgumentException("unsupported uncertainty " + u);
  }

  private static Law triangular(double a, double c, double b) {
    double w = b - a;
    if (w == 0) return v -> a;
    double fc = (c - a) / w;
    return v -> v < fc ? a + Math.sqrt(v * w * (c - a)) : b - Math.sqrt((1 - v) * w * (b - c));
  }

  private static Law truncatedNormal(double mu, double sd, double a, double b) {
    if ((a - mu) / sd > 0) {
      Law mirrored = truncatedNormal(mu, sd, 2 * mu - b, 2 * mu - a);
      return v -> 2 * mu - mirrored.quantile(1 - v);
    }
    double pa = STANDARD_NORMAL.cumulativeProbability((a - mu) / sd);
    double pb = STANDARD_NORMAL.cumulativeProbability((b - mu) / sd);
    double mass = pb - pa;
    if (!(mass > 0)) return v -> a + v * (b - a);
    return v -> {
      double p = pa + v * mass;
      if (p <= 0) return a;
      if (p >= 1) return b;
      return clamp(mu + sd * STANDARD_NORMAL.inverseCumulativeProbability(p), a, b);
    };
  }

  private static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : v > hi ? hi : v;
  }
}
