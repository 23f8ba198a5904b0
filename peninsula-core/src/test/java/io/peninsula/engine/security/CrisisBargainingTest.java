package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.model.Scenario;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisBargainingTest {
  static double expected(double y, double pR, double cP, double lo, double hi) {
    double f = CrisisBargaining.accept(y, pR, lo, hi);
    return f * (1 - y) + (1 - f) * (1 - pR - cP);
  }

  @Test
  void optimalOffer_handComputed_interior() {
    // p_R = 0.4, c_P = 0.1, c_R ~ U[0.1, 0.5]: y* = 0.4 + (0.1 − 0.5)/2 = 0.2, F(0.2) = (0.5 − 0.4 + 0.2)/0.4 = 0.75
    double y = CrisisBargaining.optimalOffer(0.4, 0.1, 0.1, 0.5);
    assertThat(y).isCloseTo(0.2, within(1e-12));
    assertThat(1 - CrisisBargaining.accept(y, 0.4, 0.1, 0.5)).isCloseTo(0.25, within(1e-12)); // (0.5 − 0.1 − 0.2)/(2·0.4)
  }

  @Test
  void optimalOffer_uncertaintyNarrow_safeOfferWithoutWar() {
    // c̄ ≤ c_P + 2c̲: the proposer buys certainty: y = p_R − c̲, no risk of war
    double y = CrisisBargaining.optimalOffer(0.5, 0.2, 0.2, 0.3);
    assertThat(y).isCloseTo(0.3, within(1e-12));
    assertThat(CrisisBargaining.accept(y, 0.5, 0.2, 0.3)).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void optimalOffer_matchesBruteForceMaximisation(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 100; trial++) {
      double pR = rnd.nextDouble();
      double cP = rnd.nextDouble() * 0.6;
      double lo = rnd.nextDouble() * 0.5;
      double hi = lo + 0.01 + rnd.nextDouble() * 0.8;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k <= 100_000; k++) best = Math.max(best, expected(k / 100_000.0, pR, cP, lo, hi));
      double y = CrisisBargaining.optimalOffer(pR, cP, lo, hi);
      assertThat(y).isBetween(0.0, 1.0);
      assertThat(expected(y, pR, cP, lo, hi)).as("pR %.3f cP %.3f [%.3f, %.3f]", pR, cP, lo, hi).isGreaterThanOrEqualTo(best - 1e-9);
    }
  }

  @Test
  void build_gameSolvedByBackwardInduction_approachesTheClosedForm() {
    // P (3) and R (1): p_R = 0.25; saliences 1; κ_conv 0.5 → c_P = 0.5·0.25 = 0.125, c_R = 0.5·0.75 = 0.375
    // u = 1: c_R ~ U[0, 0.75]; y* = 0.25 + (0.125 − 0.75)/2 = −0.0625 → clamped to max(0, 0.25 − 0.75) = 0
    // F(0) = (0.75 − 0.25)/0.75 = 2/3: war with probability 1/3
    Scenario s = new Tiny().actor("P", 3).actor("R", 1).position("P", "x", 100, 1).position("R", "x", 0, 1).build();
    var params = new CrisisBargaining.Params("P", "R", Optional.of("x"), OptionalDouble.of(0.5), OptionalDouble.of(0),
        OptionalDouble.of(1), OptionalInt.of(21), OptionalInt.of(30));
    var r = new CrisisBargaining().build(s, params);
    assertThat(r.rangeLow()).isCloseTo(-0.125, within(1e-12));
    assertThat(r.rangeHigh()).isCloseTo(0.375, within(1e-12));
    assertThat(r.offer()).isZero();
    assertThat(r.warProbability()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.gridOffer()).isZero();
    assertThat(r.gridWarProbability()).isCloseTo(1.0 / 3, within(1.0 / 30));
    assertThat(r.position(r.offer())).isEqualTo(100);
    assertThat(r.proposerThreatCredible()).isTrue();
  }

  @Test
  void spe_isANashEquilibriumByExhaustiveCheckOnASmallInstance() {
    Scenario s = new Tiny().actor("P", 2).actor("R", 1).position("P", "x", 100, 0.7).position("R", "x", 0, 0.9).build();
    var params = new CrisisBargaining.Params("P", "R", Optional.of("x"), OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.of(0.9), OptionalInt.of(5), OptionalInt.of(3));
    var r = new CrisisBargaining().build(s, params);
    assertThat(ExtensivePayoffs.isNash(r.game(), r.spe())).isTrue();
  }

  @Test
  void build_interiorOffer_gridWithinOneStep() {
    // equal capabilities: p_R = 0.5, c = 0.5·0.5 = 0.25 each; u = 0.8: c_R ~ U[0.05, 0.45]
    // y* = 0.5 + (0.25 − 0.45)/2 = 0.4, inside [0.05, 0.45]; P(war) = (0.45 − 0.25 − 0.1)/(2·0.4) = 0.125
    Scenario s = new Tiny().actor("P", 1).actor("R", 1).position("P", "x", 100, 1).position("R", "x", 0, 1).build();
    var params = new CrisisBargaining.Params("P", "R", Optional.of("x"), OptionalDouble.of(0.5), OptionalDouble.of(0),
        OptionalDouble.of(0.8), OptionalInt.of(41), OptionalInt.of(40));
    var r = new CrisisBargaining().build(s, params);
    assertThat(r.offer()).isCloseTo(0.4, within(1e-12));
    assertThat(r.warProbability()).isCloseTo(0.125, within(1e-12));
    assertThat(r.gridOffer()).isCloseTo(0.4, within(0.025 + 1e-12));
    assertThat(r.position(0.4)).isCloseTo(60, within(1e-9));
  }

  @Test
  void build_samePositions_nothingToBargainOver() {
    Scenario s = new Tiny().actor("P", 1).actor("R", 1).position("P", "x", 50, 1).position("R", "x", 50, 1).build();
    assertThatThrownBy(() -> new CrisisBargaining().build(s, CrisisBargaining.Params.of("P", "R", "x")))
        .hasMessage("P and R both stand at 50 on x: there is nothing to bargain over");
  }
}
