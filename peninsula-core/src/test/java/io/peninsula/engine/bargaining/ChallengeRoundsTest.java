package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.model.Issue;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ChallengeRounds} and {@link ChallengeCalculus} (scratch arrays reused across issues,
 * work shared by actors at one position) against the straightforward implementation they
 * replaced ({@link ExpectedUtilityReference}): every round's positions, every accepted offer and
 * the outcome must be the same doubles, bit for bit, on random issues of 1–16 actors with many
 * shared positions, zero weights, both variants, several Q and both capitulation rules.
 */
class ChallengeRoundsTest {
  static Stream<Integer> seeds() {
    return IntStream.range(0, 150).boxed();
  }

  private record Case(BdmVariant variant, int rounds, double q, boolean capitulation, double tolerance) {
    ExpectedUtilityModel.Settings settings() {
      return new ExpectedUtilityModel.Settings(variant, rounds, q, capitulation);
    }
  }

  private static Case randomCase(SplittableRandom rnd) {
    BdmVariant v = rnd.nextBoolean() ? BdmVariant.SCHOLZ2011 : BdmVariant.BDM1994;
    double[] qs = {1.0, 0.5, 0.0, rnd.nextDouble()};
    return new Case(v, 1 + rnd.nextInt(30), qs[rnd.nextInt(qs.length)], rnd.nextBoolean(), rnd.nextBoolean() ? 1e-6 : 0);
  }

  /** Capabilities, saliences, positions; positions often on a coarse grid so actors share them. */
  private static double[][] randomIssue(SplittableRandom rnd) {
    int n = 1 + rnd.nextInt(16);
    double[] c = new double[n];
    double[] s = new double[n];
    double[] x = new double[n];
    int grid = 1 + rnd.nextInt(6);
    // now and then capabilities near Double.MAX_VALUE, where votes are summed without halving
    double scale = rnd.nextInt(15) == 0 ? Double.MAX_VALUE : rnd.nextBoolean() ? 1 : 300;
    for (int k = 0; k < n; k++) {
      c[k] = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble() * scale;
      s[k] = rnd.nextInt(10) == 0 ? rnd.nextInt(2) : rnd.nextDouble();
      x[k] = rnd.nextInt(3) > 0 ? rnd.nextInt(grid + 1) * (100.0 / grid) : rnd.nextDouble() * 100;
    }
    return new double[][] {c, s, x};
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void run_randomIssues_bitIdenticalToReference(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Case k = randomCase(rnd);
    ChallengeRounds rounds = new ChallengeRounds(k.settings(), k.tolerance());
    for (int issue = 0; issue < 4; issue++) {
      double[][] in = randomIssue(rnd);
      ExpectedUtilityReference.Run want = ExpectedUtilityReference.run(
          in[0], in[1], in[2], k.variant(), k.rounds(), k.q(), k.capitulation(), k.tolerance());
      ExpectedUtilityModel.Run got = rounds.run(in[0].clone(), in[1].clone(), in[2].clone());
      String what = k + ", issue " + issue + " of " + in[2].length + " actors";
      assertThat(got.converged()).as(what).isEqualTo(want.converged());
      assertThat(got.positions()).as(what).hasSameSizeAs(want.positions());
      for (int r = 0; r < want.positions().size(); r++)
        assertThat(got.positions().get(r)).as("%s, round %d", what, r).isEqualTo(want.positions().get(r));
      for (int r = 0; r < want.moves().size(); r++) {
        List<ExpectedUtilityReference.Offer> w = want.moves().get(r);
        List<ChallengeOffer> g = got.moves().get(r);
        assertThat(g).as("%s, round %d moves", what, r + 1).hasSameSizeAs(w);
        for (int m = 0; m < w.size(); m++) {
          ExpectedUtilityReference.Offer o = w.get(m);
          assertThat(g.get(m)).as("%s, round %d", what, r + 1)
              .isEqualTo(new ChallengeOffer(o.receiver(), o.proposer(), o.kind(), o.euOwn(), o.euOther(), o.newPosition()));
        }
      }
      double[] last = want.positions().get(want.positions().size() - 1);
      double outcome = CompromiseModel.weightedMean(in[0], in[1], last);
      double kernel = rounds.outcome(Issue.unlabelled("i", 0, 100), in[0], in[2], in[1]);
      assertThat(bits(kernel)).as(what).isEqualTo(bits(outcome));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void calculus_randomRound_probabilitiesRiskAndExchangesBitIdenticalToReference(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Case k = randomCase(rnd);
    double[][] in = randomIssue(rnd);
    double[] c = in[0];
    double[] s = in[1];
    double[] x = in[2];
    int n = x.length;
    double range = 100;
    var want = new ExpectedUtilityReference.Calculus(c, s, x, range, k.variant(), k.q());
    ChallengeCalculus got = new ChallengeCalculus(c, s, x, range, k.variant(), k.q());
    double[] r = want.riskExponents();
    assertThat(got.riskExponents()).isEqualTo(r);
    want.useRisk(r);
    got.useRisk(r);
    double[] own = new double[n];
    double[] other = new double[n];
    for (int i = 0; i < n; i++) {
      got.exchanges(i, own, other);
      for (int j = 0; j < n; j++) {
        assertThat(bits(got.probabilityOf(i, j))).as("P_%d%d", i, j).isEqualTo(bits(want.probabilityOf(i, j)));
        if (x[i] == x[j]) continue;
        double[] e = want.exchange(i, j);
        assertThat(new double[] {own[j], other[j]}).as("exchange %d, %d", i, j).isEqualTo(e);
        assertThat(bits(got.expectedUtility(i, i, j))).isEqualTo(bits(e[0]));
        assertThat(bits(got.expectedUtility(i, j, i))).isEqualTo(bits(e[1]));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void issueKernel_randomIssue_equalsForecastOutcome(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] in = randomIssue(rnd);
    var scenario = BdmFixtures.scenario(csv(in));
    ModelConfig config = ModelConfig.defaults().withParameter("variant", rnd.nextBoolean() ? "scholz2011" : "bdm1994");
    for (BargainingModel model : List.of(new ExpectedUtilityModel(), new CompromiseModel(), new MedianVoterModel())) {
      IssueData d = IssueData.of(scenario, scenario.issues().get(0));
      double want = model.forecast(scenario, config).issues().get(0).outcome();
      IssueKernel kernel = model.issueKernel(config).orElseThrow();
      double got = kernel.outcome(d.issue(), d.capability(), d.position(), d.salience());
      assertThat(got).as(model.name()).isFinite();
      assertThat(bits(got)).as(model.name()).isEqualTo(bits(want));
    }
  }

  /**
   * The models are ratios of sums linear in the weights c·s, so scaling every capability by a power
   * of two changes nothing: capabilities near Double.MAX_VALUE (whose sums overflowed to NaN before
   * {@link HugeWeights}) give bit for bit the outcome of the same issue with capabilities 2^1000
   * times smaller, where nothing overflows.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hugeCapabilities_sameOutcomeAsScaledDown(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] in = randomIssue(rnd);
    double[] huge = new double[in[0].length];
    double[] small = new double[huge.length];
    for (int k = 0; k < huge.length; k++) {
      // every capability in [2^1007, 2^1023): the weighted sums overflow without the scaling
      huge[k] = in[0][k] == 0 ? 0 : Math.scalb(1 + rnd.nextDouble(), 1007 + rnd.nextInt(16));
      small[k] = Math.scalb(huge[k], -1000);
    }
    ModelConfig config = ModelConfig.defaults().withParameter("variant", rnd.nextBoolean() ? "scholz2011" : "bdm1994");
    Issue issue = Issue.unlabelled("i", 0, 100);
    for (BargainingModel model : List.of(new ExpectedUtilityModel(), new CompromiseModel())) {
      double got = model.issueKernel(config).orElseThrow().outcome(issue, huge, in[2], in[1]);
      double want = model.issueKernel(config).orElseThrow().outcome(issue, small, in[2], in[1]);
      assertThat(got).as(model.name()).isFinite();
      assertThat(bits(got)).as(model.name()).isEqualTo(bits(want));
    }
  }

  /** Bit-exact comparison. */
  private static long bits(double v) {
    return Double.doubleToLongBits(v);
  }

  private static String csv(double[][] in) {
    StringBuilder b = new StringBuilder("Actor,Capability,Position,Salience\n");
    for (int k = 0; k < in[2].length; k++) b.append("a").append(k).append(',').append(in[0][k]).append(',').append(in[2][k]).append(',').append(in[1][k]).append('\n');
    return b.toString();
  }

  @org.junit.jupiter.api.Test
  void issueKernel_badParameter_isRejectedAsForecastDoes() {
    var cfg = ModelConfig.defaults().withParameter("rounds", "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExpectedUtilityModel().issueKernel(cfg))
        .hasMessageContaining("rounds = 'x'");
  }
}
