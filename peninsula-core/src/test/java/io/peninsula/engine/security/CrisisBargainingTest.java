package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.Rational;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisBargainingTest {
  static Rational r(String s) {
    return Rational.parse(s);
  }

  static Rational q(double v) {
    return Rational.ofDouble(v);
  }

  /** The proposer's expected payoff from offering y (a second implementation, in doubles). */
  static double expected(double y, double pR, double cP, double lo, double hi) {
    double threshold = pR - y;
    double f = hi <= lo ? (lo >= threshold ? 1 : 0) : Math.max(0, Math.min(1, (hi - threshold) / (hi - lo)));
    return f * (1 - y) + (1 - f) * (1 - pR - cP);
  }

  static CrisisBargaining.Params params(double kc, double kn, double h) {
    return new CrisisBargaining.Params("P", "R", "x", List.of(), OptionalDouble.of(kc), OptionalDouble.of(kn), OptionalDouble.of(h),
        OptionalInt.empty(), OptionalInt.empty());
  }

  @Test
  void optimalOffer_handDerivedInExactFractions() {
    // p_R = 1/2, c̃_P = 1/4, c̃_R ~ U[0, 1/2]: y* = 1/2 + (1/4 − 1/2)/2 = 3/8; F = (1/2 − 1/2 + 3/8)/(1/2) = 3/4; P(war) = 1/4
    // = (3h̃ − c̃_R − c̃_P)/(4h̃) with h̃ = 1/4, c̃_R = 1/4
    Rational y = CrisisBargaining.optimalOffer(r("1/2"), r("1/4"), Rational.ZERO, r("1/2"));
    assertThat(y).isEqualTo(r("3/8"));
    assertThat(Rational.ONE.subtract(CrisisBargaining.accept(y, r("1/2"), Rational.ZERO, r("1/2")))).isEqualTo(r("1/4"));
  }

  @Test
  void build_fromAScenario_costsOnTheSegmentsScale() {
    // P and R equal (p = 1/2), no arsenals, κ_conv = 1/2: c = 1/4 U each. One issue (n = 1), P at 0 and R at 100, saliences 1:
    // V = 1·100/100/1 = 1 U, so c̃ = 1/4; h = 1/4 U → h̃ = 1/4: y* = 3/8, P(war) = 1/4 (as above)
    Scenario s = new Tiny().actor("P", 1).actor("R", 1).position("P", "x", 0, 1).position("R", "x", 100, 1).build();
    var res = new CrisisBargaining().build(s, new CrisisBargaining.Params("P", "R", "x", List.of("x"), OptionalDouble.of(0.5),
        OptionalDouble.of(0), OptionalDouble.of(0.25), OptionalInt.empty(), OptionalInt.empty()));
    assertThat(res.offer()).isEqualTo(r("3/8"));
    assertThat(res.warProbability()).isEqualTo(r("1/4"));
    assertThat(res.rangeLow()).isEqualTo(r("1/4"));
    assertThat(res.rangeHigh()).isEqualTo(r("3/4"));
    // the segment is half as long (R at 50): worth 1/2 U, so the same war costs are twice as many shares of it
    Scenario half = new Tiny().actor("P", 1).actor("R", 1).position("P", "x", 0, 1).position("R", "x", 50, 1).build();
    var h = new CrisisBargaining().build(half, new CrisisBargaining.Params("P", "R", "x", List.of("x"), OptionalDouble.of(0.5),
        OptionalDouble.of(0), OptionalDouble.of(0.25), OptionalInt.empty(), OptionalInt.empty()));
    assertThat(h.rangeLow()).isEqualTo(r("0")); // 1/2 − 1/2
    assertThat(h.costLow()).isEqualTo(Rational.ZERO);
    assertThat(h.costHigh()).isEqualTo(Rational.ONE);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void optimalOffer_matchesBruteForceMaximisation(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 60; trial++) {
      double pR = rnd.nextDouble();
      double cP = rnd.nextDouble() * 0.6;
      double lo = rnd.nextDouble() * 0.5 - 0.2;
      double hi = lo + 0.01 + rnd.nextDouble() * 0.8;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k <= 20_000; k++) best = Math.max(best, expected(k / 20_000.0, pR, cP, lo, hi));
      double y = CrisisBargaining.optimalOffer(q(pR), q(cP), q(lo), q(hi)).doubleValue();
      assertThat(y).isBetween(0.0, 1.0);
      assertThat(expected(y, pR, cP, lo, hi)).as("pR %.3f cP %.3f [%.3f, %.3f]", pR, cP, lo, hi).isGreaterThanOrEqualTo(best - 1e-9);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void comparativeStatics_higherWarCostsNeverRaiseTheRiskOfWar_withAFixedSpread(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 25; trial++) {
      Scenario s = Tiny.random(rnd, "P", "R", 1 + rnd.nextInt(3));
      double h = 0.01 + 0.99 * rnd.nextDouble();
      double kn = 2 * rnd.nextDouble();
      double kc = 2 * rnd.nextDouble();
      Rational prev = null;
      for (int k = 0; k <= 20; k++) { // both weights scaled together, then each alone
        var res = new CrisisBargaining().build(s, paramsOn(k / 10.0, k / 10.0, h));
        if (prev != null) assertThat(res.warProbability()).as("seed %d trial %d κ %d/10", seed, trial, k).isLessThanOrEqualTo(prev);
        prev = res.warProbability();
      }
      prev = null;
      for (int k = 0; k <= 20; k++) {
        var res = new CrisisBargaining().build(s, paramsOn(k / 10.0, kn, h));
        if (prev != null) assertThat(res.warProbability()).as("seed %d trial %d κ_conv %d/10", seed, trial, k).isLessThanOrEqualTo(prev);
        prev = res.warProbability();
      }
      prev = null;
      for (int k = 0; k <= 20; k++) {
        var res = new CrisisBargaining().build(s, paramsOn(kc, k / 10.0, h));
        if (prev != null) assertThat(res.warProbability()).as("seed %d trial %d κ_nuc %d/10", seed, trial, k).isLessThanOrEqualTo(prev);
        prev = res.warProbability();
      }
    }
  }

  private static CrisisBargaining.Params paramsOn(double kc, double kn, double h) {
    return new CrisisBargaining.Params("P", "R", "i0", List.of(), OptionalDouble.of(kc), OptionalDouble.of(kn), OptionalDouble.of(h),
        OptionalInt.empty(), OptionalInt.empty());
  }

  @Test
  void scalingAllWarCostsLowersTheRiskOfWar_whereTheOldProportionalSpreadLeftItUnchanged() {
    // the issue's figures: with a spread proportional to the cost, P(war) was 0.0877 at κ = 0.25/0.25 and at 0.5/0.5
    Scenario s = new Tiny().actor("P", 1).actor("R", 1).position("P", "x", 0, 1).position("R", "x", 100, 1).build();
    var low = new CrisisBargaining().build(s, new CrisisBargaining.Params("P", "R", "x", List.of("x"), OptionalDouble.of(0.25),
        OptionalDouble.of(0), OptionalDouble.of(0.25), OptionalInt.empty(), OptionalInt.empty()));
    var high = new CrisisBargaining().build(s, new CrisisBargaining.Params("P", "R", "x", List.of("x"), OptionalDouble.of(0.5),
        OptionalDouble.of(0), OptionalDouble.of(0.25), OptionalInt.empty(), OptionalInt.empty()));
    // low: c̃ = 1/8 each, h̃ = 1/4: P(war) = (3/4 − 1/4)/1 = 1/2; high: 1/4 (above)
    assertThat(low.warProbability()).isEqualTo(r("1/2"));
    assertThat(high.warProbability()).isEqualTo(r("1/4"));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void verdicts_agreeWithTheClosedFormAndTheGridGame(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 25; trial++) {
      Scenario s = Tiny.random(rnd, "P", "R", 1 + rnd.nextInt(3));
      var res = new CrisisBargaining().build(s, paramsOn(2 * rnd.nextDouble(), 2 * rnd.nextDouble(), 0.01 + 0.99 * rnd.nextDouble()));
      String at = "seed " + seed + " trial " + trial;
      assertThat(res.verdict()).as(at).contains(res.warProbability().signum() > 0 ? "war has positive probability" : "no risk of war");
      assertThat(res.summary().stream().anyMatch(l -> l.startsWith("caution"))).as(at).isEqualTo(!res.proposerThreatCredible());
      // the grid game's offer maximises the proposer's expected payoff over the grid (a second implementation; ties: the lower offer)
      var g = res.game();
      int offers = g.infoSets(0).get(0).numActions();
      int types = g.infoSets(1).size() / offers;
      Rational best = null;
      int arg = -1;
      for (int k = 0; k < offers; k++) {
        Rational sum = Rational.ZERO;
        for (int t = 0; t < types; t++) {
          var acc = g.outcomes().get(k * (types + 1));
          var war = g.outcomes().get(k * (types + 1) + 1 + t);
          boolean accepts = acc.payoffs().get(1).compareTo(war.payoffs().get(1)) >= 0;
          sum = sum.add((accepts ? acc : war).payoffs().get(0));
        }
        if (best == null || sum.compareTo(best) > 0) {
          best = sum;
          arg = k;
        }
      }
      assertThat(res.gridOffer()).as(at).isEqualTo((double) arg / (offers - 1));
    }
  }

}
