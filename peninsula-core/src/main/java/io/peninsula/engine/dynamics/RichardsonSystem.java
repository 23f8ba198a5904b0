package io.peninsula.engine.dynamics;

import java.util.Objects;
import java.util.Optional;

/**
 * A fitted Richardson dyad: {@code Δx = g + k y - a x}, {@code Δy = h + l x - b y} (Richardson
 * 1960, <i>Arms and Insecurity</i>, eqs. of ch. 2, here in discrete annual steps on log spending).
 *
 * <p>Stability: the one-year map is {@code z[t] = M z[t-1] + c} with
 * {@code M = [[1-a, k], [l, 1-b]]}. The dyad converges to its equilibrium when both eigenvalues of
 * {@code M} lie inside the unit circle and runs away (or drifts without bound) otherwise — the
 * discrete counterpart of Richardson's condition {@code ab > kl} (Intriligator and Brito 1984,
 * "Can arms races lead to the outbreak of war?", JCR 28(1), section 2).
 */
public record RichardsonSystem(RichardsonCoefficients first, RichardsonCoefficients second) implements ArmsStep {
  public RichardsonSystem {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  @Override
  public double[] next(double x, double y) {
    return new double[] {x + first.change(x, y), y + second.change(y, x)};
  }

  /** The largest modulus of the eigenvalues of the one-year map {@code M}. */
  public double spectralRadius() {
    double m11 = 1 - first.fatigue();
    double m12 = first.defence();
    double m21 = second.defence();
    double m22 = 1 - second.fatigue();
    double tr = m11 + m22;
    double det = m11 * m22 - m12 * m21;
    double disc = tr * tr / 4 - det;
    if (disc >= 0) {
      double r = Math.sqrt(disc);
      return Math.max(Math.abs(tr / 2 + r), Math.abs(tr / 2 - r));
    }
    return Math.sqrt(det); // complex pair: modulus squared is the determinant
  }

  /** True when the dyad converges to a finite equilibrium (spectral radius below 1). */
  public boolean stable() {
    return spectralRadius() < 1;
  }

  /**
   * The equilibrium {@code (x*, y*)} where both changes are zero — {@code a x - k y = g},
   * {@code -l x + b y = h} — or empty when the system is singular ({@code ab = kl}).
   */
  public Optional<double[]> equilibrium() {
    double det = first.fatigue() * second.fatigue() - first.defence() * second.defence();
    if (Math.abs(det) < 1e-12) return Optional.empty();
    double x = (first.grievance() * second.fatigue() + first.defence() * second.grievance()) / det;
    double y = (first.fatigue() * second.grievance() + second.defence() * first.grievance()) / det;
    return Optional.of(new double[] {x, y});
  }
}
