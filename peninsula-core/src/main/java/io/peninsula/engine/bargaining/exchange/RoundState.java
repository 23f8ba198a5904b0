package io.peninsula.engine.bargaining.exchange;

/**
 * The positions, saliences and powers of one round, issue-major ({@code position[issue][actor]},
 * NaN when the actor has no position on the issue), with each issue's Σ c·s.
 */
final class RoundState {
  final double[][] position;
  final double[][] salience;
  final double[][] power;
  final double[] denominator;

  RoundState(double[][] position, double[][] salience, double[][] power) {
    this.position = position;
    this.salience = salience;
    this.power = power;
    this.denominator = new double[position.length];
    for (int p = 0; p < position.length; p++)
      for (int a = 0; a < position[p].length; a++)
        if (present(p, a)) denominator[p] += salience[p][a] * power[p][a];
  }

  boolean present(int issue, int actor) {
    return !Double.isNaN(position[issue][actor]);
  }

  /** The weighted mean Σ c s x / Σ c s of the positions (0 when Σ c s = 0, as in decide). */
  double nbs(int issue, double[] positions) {
    if (denominator[issue] == 0) return 0;
    double num = 0;
    for (int a = 0; a < positions.length; a++)
      if (present(issue, a)) num += positions[a] * salience[issue][a] * power[issue][a];
    return num / denominator[issue];
  }

  double nbs(int issue) {
    return nbs(issue, position[issue]);
  }
}
