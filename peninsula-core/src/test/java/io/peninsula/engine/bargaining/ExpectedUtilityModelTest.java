package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.BdmFixtures.Move;
import io.peninsula.model.Scenario;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the Scholz, Calbert &amp; Smith (2011) replication run {@code Example.log} on Bueno de
 * Mesquita's (1994) EC car-emissions data: every round's weighted mean and every logged move.
 */
class ExpectedUtilityModelTest {
  private static final double TOL = 1e-6;
  private final ExpectedUtilityModel model = new ExpectedUtilityModel();

  private static ExpectedUtilityModel.Run exampleRun() {
    Scenario s = BdmFixtures.example();
    IssueData d = IssueData.of(s, s.issues().get(0));
    return ExpectedUtilityModel.run(d, ExpectedUtilityModel.Settings.from(ModelConfig.defaults()), ModelConfig.DEFAULT_TOLERANCE);
  }

  private static List<Double> means(ExpectedUtilityModel.Run run, IssueData d) {
    List<Double> out = new ArrayList<>();
    for (double[] x : run.positions()) out.add(CompromiseModel.weightedMean(d.capability(), d.salience(), x));
    return out;
  }

  @Test
  void example_weightedMeanEveryRound_matchesReplicationLogTo1e6() {
    Scenario s = BdmFixtures.example();
    IssueData d = IssueData.of(s, s.issues().get(0));
    List<Double> expected = BdmFixtures.expectedMeans();
    List<Double> actual = means(exampleRun(), d);
    assertThat(actual).hasSize(11);
    for (int r = 0; r < expected.size(); r++)
      assertThat(actual.get(r)).as("weighted mean after round %d", r).isCloseTo(expected.get(r), within(TOL));
  }

  @Test
  void example_movesEveryRound_matchLoggedOffersPositionsAndExpectedUtilities() {
    assertMovesMatch(exampleRun(), BdmFixtures.expectedMoves());
  }

  @Test
  void example_sharedReplicationLog_isReproducedWhenPresent() throws IOException {
    Path log = SharedFiles.require("anchors/bdm/Example.log");
    BdmFixtures.Log parsed = BdmFixtures.parseLog(Files.readString(log));
    Scenario s = BdmFixtures.example();
    IssueData d = IssueData.of(s, s.issues().get(0));
    ExpectedUtilityModel.Run run = exampleRun();
    List<Double> actual = means(run, d);
    assertThat(parsed.means()).hasSize(actual.size());
    for (int r = 0; r < actual.size(); r++) assertThat(actual.get(r)).isCloseTo(parsed.means().get(r), within(TOL));
    assertMovesMatch(run, parsed.moves());
  }

  private static void assertMovesMatch(ExpectedUtilityModel.Run run, List<Move> expected) {
    Scenario s = BdmFixtures.example();
    List<String> ids = s.actors().stream().map(a -> a.id()).toList();
    assertThat(run.moves()).hasSize(10);
    for (int r = 1; r <= run.moves().size(); r++) {
      int round = r;
      List<Move> want = expected.stream().filter(m -> m.round() == round).toList();
      List<ChallengeOffer> got = run.moves().get(r - 1);
      assertThat(got).as("moves in round %d", r).hasSize(want.size());
      for (Move m : want) {
        ChallengeOffer o = got.stream().filter(g -> ids.get(g.receiver()).equals(m.actor())).findFirst().orElseThrow(
            () -> new AssertionError("round " + round + ": " + m.actor() + " did not move"));
        assertThat(ids.get(o.proposer())).as("round %d %s proposer", r, m.actor()).isEqualTo(m.proposer());
        assertThat(o.kind().code).as("round %d %s kind", r, m.actor()).isEqualTo(m.kind());
        assertThat(o.euOwn()).isCloseTo(m.euOwn(), within(TOL));
        assertThat(o.euOther()).isCloseTo(m.euOther(), within(TOL));
        assertThat(o.newPosition()).isCloseTo(m.newPosition(), within(TOL));
      }
      double[] before = run.positions().get(r - 1);
      double[] after = run.positions().get(r);
      for (int k = 0; k < after.length; k++) {
        int actor = k;
        if (got.stream().noneMatch(g -> g.receiver() == actor))
          assertThat(after[k]).as("round %d: %s stays", r, ids.get(k)).isEqualTo(before[k]);
      }
    }
  }

  @Test
  void forecast_example_reportsFinalWeightedMeanTrajectoryAndNotes() {
    ForecastResult f = model.forecast(BdmFixtures.example(), ModelConfig.defaults());
    IssueForecast issue = f.issues().get(0);
    assertThat(issue.outcome()).isCloseTo(7.242130958473938, within(TOL));
    assertThat(issue.rounds()).hasSize(11);
    assertThat(issue.rounds().get(0)).containsExactly(4.0, 7.0, 4.0, 4.0, 10.0, 10.0, 10.0, 7.0, 4.0, 7.0);
    assertThat(issue.iterations()).isEqualTo(10);
    assertThat(issue.converged()).isFalse();
    assertThat(f.notes()).filteredOn(n -> n.round() == 4 && n.actor().equals("Belgium")).singleElement()
        .satisfies(n -> {
          assertThat(n.kind()).isEqualTo("compromise");
          assertThat(n.target()).isEqualTo("Netherlands");
          assertThat(n.text()).startsWith("Belgium compromises with Netherlands");
        });
    assertThat(f.notes()).filteredOn(n -> n.kind().equals("stopped")).hasSize(1);
    assertThat(BargainingModels.byName("bdm")).containsInstanceOf(ExpectedUtilityModel.class);
  }

  @Test
  void forecast_maxIterationsBelowRounds_stopsAtMaxIterations() {
    ForecastResult f = model.forecast(BdmFixtures.example(), ModelConfig.defaults().withMaxIterations(3));
    assertThat(f.iterations()).isEqualTo(3);
    assertThat(f.issues().get(0).outcome()).isCloseTo(BdmFixtures.expectedMeans().get(3), within(TOL));
  }

  @Test
  void forecast_roundsParameter_runsThatManyRounds() {
    ForecastResult f = model.forecast(BdmFixtures.example(), ModelConfig.defaults().withParameter("rounds", "4"));
    assertThat(f.issues().get(0).rounds()).hasSize(5);
    assertThat(f.issues().get(0).outcome()).isCloseTo(BdmFixtures.expectedMeans().get(4), within(TOL));
  }

  @Test
  void forecast_allActorsAgree_isFixedPointWithNoRounds() {
    Scenario s = BdmFixtures.scenario("Actor,Capability,Position,Salience\nA,1,5,0.5\nB,2,5,0.9\n");
    IssueForecast f = model.forecast(s, ModelConfig.defaults()).issues().get(0);
    assertThat(f.converged()).isTrue();
    assertThat(f.iterations()).isZero();
    assertThat(f.outcome()).isEqualTo(5.0);
  }

  /**
   * Hand-computed two-actor case. A: c = 0.9, s = 1, x = 0; B: c = 0.1, s = 0.5, x = 10; R = 10.
   * All votes: 2(0.9) + 2(0.05) = 1.9, so P_AB = 0.9/1.9 = 9/19, P_BA = 0.05/1.9 = 1/38. With r = 1,
   * U_s = 2, U_f = −2, U_sq = 0: danger of A = 4/38 − 2, of B = 0.5(36/19 − 2) + 1, so r_A = 2,
   * r_B = 0.5. From B's view (U_sq = 2 − 2√2): E(U_BA) = 4/38 − 4 + 2√2 &lt; 0,
   * E(U_AB) = 2√2 − 1 − 1/19 &gt; |E(U_BA)|: B compromises to 10 − 10 |E_BA| / E_AB ≈ 3.9953. A sees
   * both expected utilities negative and stays. Round 2 (by hand, 4 decimals): r again (2, 0.5),
   * P_AB = 0.4098, P_BA = 0.0902, E(U_BA) = −0.4136, E(U_AB) = 0.2961 &lt; 0.4136: B capitulates
   * to 0 under the paper's rule; under the replication's (no capitulation) nothing moves.
   */
  @Test
  void forecast_twoActorsHandComputed_compromiseThenCapitulation() {
    Scenario s = BdmFixtures.scenario("Actor,Capability,Position,Salience\nA,0.9,0,1.0\nB,0.1,10,0.5\n");
    double eBA = 4.0 / 38 - 4 + 2 * Math.sqrt(2);
    double eAB = 2 * Math.sqrt(2) - 1 - 1.0 / 19;
    double round1 = 10 - 10 * Math.abs(eBA) / eAB;
    ForecastResult f = model.forecast(s, ModelConfig.defaults().withParameter("rounds", "50"));
    IssueForecast issue = f.issues().get(0);
    assertThat(issue.rounds().get(1).get(0)).isEqualTo(0.0);
    assertThat(issue.rounds().get(1).get(1)).isCloseTo(round1, within(1e-12)).isCloseTo(3.9953, within(1e-4));
    assertThat(issue.rounds().get(2)).containsExactly(0.0, 0.0);
    assertThat(issue.iterations()).isEqualTo(3);
    assertThat(issue.converged()).isTrue();
    assertThat(issue.outcome()).isEqualTo(0.0);
    assertThat(f.notes()).extracting(RoundNote::kind).containsExactly("compromise", "capitulation");
    assertThat(f.notes().get(1).text()).contains("E_i(U_ij) = -0.4136 vs E_i(U_ji) = 0.2961");

    ForecastResult replication = model.forecast(s, ModelConfig.defaults().withParameter("capitulation", "false"));
    IssueForecast r = replication.issues().get(0);
    assertThat(r.rounds()).hasSize(3);
    assertThat(r.rounds().get(2)).isEqualTo(r.rounds().get(1));
    assertThat(r.converged()).isTrue();
    assertThat(r.outcome()).isCloseTo(0.05 * round1 / 0.95, within(1e-12));
  }

  @Test
  void example_withoutCapitulation_isTheSameRun() {
    ForecastResult a = model.forecast(BdmFixtures.example(), ModelConfig.defaults());
    ForecastResult b = model.forecast(BdmFixtures.example(), ModelConfig.defaults().withParameter("capitulation", "false"));
    assertThat(b.issues().get(0).rounds()).isEqualTo(a.issues().get(0).rounds());
  }

  @Test
  void settings_badParameters_areRejectedWithAllowedValues() {
    assertThatThrownBy(() -> model.forecast(BdmFixtures.example(), ModelConfig.defaults().withParameter("variant", "bdm2000")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bdm2000").hasMessageContaining("scholz2011, bdm1994");
    assertThatThrownBy(() -> model.forecast(BdmFixtures.example(), ModelConfig.defaults().withParameter("rounds", "x")))
        .hasMessageContaining("rounds = 'x'");
    assertThatThrownBy(() -> model.forecast(BdmFixtures.example(), ModelConfig.defaults().withParameter("q", "1.5")))
        .hasMessageContaining("q = 1.5");
    assertThatThrownBy(() -> model.forecast(BdmFixtures.example(), ModelConfig.defaults().withParameter("capitulation", "maybe")))
        .hasMessageContaining("allowed values are true, false");
  }

  @Test
  void bdm1994_example_staysWithinInputRangeAndDiffersFromScholz() {
    ModelConfig cfg = ModelConfig.defaults().withParameter("variant", "bdm1994");
    IssueForecast f = model.forecast(BdmFixtures.example(), cfg).issues().get(0);
    for (List<Double> round : f.rounds()) assertThat(round).allSatisfy(x -> assertThat(x).isBetween(4.0, 10.0));
    assertThat(f.outcome()).isBetween(4.0, 10.0);
    assertThat(f.rounds().get(1)).isNotEqualTo(model.forecast(BdmFixtures.example(), ModelConfig.defaults()).issues().get(0).rounds().get(1));
  }

  @Test
  void bdm1994_probabilities_ofEachPairSumToOne() {
    Scenario s = BdmFixtures.example();
    IssueData d = IssueData.of(s, s.issues().get(0));
    double[] x = d.position();
    ChallengeCalculus c = new ChallengeCalculus(d.capability(), d.salience(), x, 6, BdmVariant.BDM1994, 1.0);
    c.useRisk(c.riskExponents());
    assertThat(java.util.Arrays.stream(c.risk()).boxed().toList()).allSatisfy(r -> assertThat(r).isBetween(0.5, 2.0));
    // Germany (3) vs France (4): normalised within the pair in bdm1994, over all pairs in scholz2011.
    assertThat(c.probabilityOf(3, 4) + c.probabilityOf(4, 3)).isCloseTo(1.0, within(1e-12));
    ChallengeCalculus sc = new ChallengeCalculus(d.capability(), d.salience(), x, 6, BdmVariant.SCHOLZ2011, 1.0);
    assertThat(sc.probabilityOf(3, 4) + sc.probabilityOf(4, 3)).isLessThan(0.5);
  }

  @Test
  void riskExponents_example_spanHalfToTwo() {
    Scenario s = BdmFixtures.example();
    IssueData d = IssueData.of(s, s.issues().get(0));
    double[] r = new ChallengeCalculus(d.capability(), d.salience(), d.position(), 6, BdmVariant.SCHOLZ2011, 1.0).riskExponents();
    // The most and least endangered actors get the extreme exponents 0.5 and 2 by construction.
    assertThat(java.util.Arrays.stream(r).min().orElseThrow()).isCloseTo(0.5, within(1e-12));
    assertThat(java.util.Arrays.stream(r).max().orElseThrow()).isCloseTo(2.0, within(1e-12));
    assertThat(java.util.Arrays.stream(r).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(0.5, 2.0));
  }

  @Test
  void fmt_randomValues_printAsPercentPoint4f() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    for (int k = 0; k < 5000; k++) {
      double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(8) - 2);
      assertThat(ExpectedUtilityModel.fmt(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", v));
    }
    assertThat(ExpectedUtilityModel.fmt(-0.11483050347300794)).isEqualTo("-0.1148");
    assertThat(ExpectedUtilityModel.fmt(7.0)).isEqualTo("7.0000");
  }
}
