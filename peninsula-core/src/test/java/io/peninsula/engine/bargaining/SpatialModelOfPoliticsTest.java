package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed checks of the KTAB SMP kernels and of the model's contract. */
class SpatialModelOfPoliticsTest {
  static final SourceRef SRC = SourceRef.of("t");

  /** KTAB's dummyData_3Dim input (7 actors, 3 dimensions), optionally on a [-1, 1] scale. */
  static Scenario threeDim(boolean signedScale) {
    double[][] rows = {
      {102.543, 75.79, 49.53, 6.37, 5.91, 70.45, 28.15}, {53.393, 82.72, 30.33, 73.50, 21.22, 64.00, 24.79},
      {129.643, 82.45, 48.47, 90.89, 13.55, 0.07, 34.62}, {75.920, 62.52, 20.76, 50.82, 39.24, 62.33, 22.21},
      {63.224, 82.34, 40.96, 45.77, 25.43, 73.31, 22.59}, {120.048, 84.48, 22.92, 33.70, 39.35, 88.11, 15.42},
      {54.178, 70.96, 31.75, 33.46, 27.93, 90.36, 26.03}};
    List<Actor> actors = new ArrayList<>();
    List<Position> ps = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int k = 0; k < 3; k++) issues.add(signedScale ? Issue.unlabelled("d" + k, -1, 1) : Issue.unlabelled("d" + k, 0, 100));
    for (int i = 0; i < rows.length; i++) {
      actors.add(Actor.simple("a" + i, rows[i][0], SRC));
      for (int k = 0; k < 3; k++) {
        double x = rows[i][1 + 2 * k];
        ps.add(Position.of("a" + i, "d" + k, signedScale ? -1 + 2 * (x / 100.0) : x, rows[i][2 + 2 * k] / 100.0, SRC));
      }
    }
    return Scenario.of("3dim", actors, issues, ps);
  }

  @Test
  void util_halfDistance_matchesKtabFormula() {
    assertThat(SmpVoting.util(0.5, 1.0)).isCloseTo(0.75, within(1e-15)); // (1-.5)(1+.5)
    assertThat(SmpVoting.util(0.5, -0.5)).isCloseTo(0.375, within(1e-15)); // (1-.5)(1-.25)
    assertThat(SmpVoting.util(0.0, 0.7)).isEqualTo(1.0);
  }

  @Test
  void round4_likeKtab_roundsHalfUpToFourDecimals() {
    assertThat(SmpChallenges.round4(0.123456)).isEqualTo(0.1235);
    assertThat(SmpChallenges.round4(0.12344)).isEqualTo(0.1234);
  }

  @Test
  void bigR_midRange_mapsMinToMinusHalfAndMaxToOne() {
    double[] r = SmpVoting.bigR(new double[] {0.2, 0.3, 0.5}, SmpOptions.BigRRange.MID);
    assertThat(r[0]).isCloseTo(-0.5, within(1e-12));
    assertThat(r[1]).isCloseTo(0.0, within(1e-12));
    assertThat(r[2]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void conditionalPce_twoOptions_isLinearVictoryProbability() {
    // coalition 3 for option 0 against 1, 1 against: P[0>1] = 3/4, so p = (3/4, 1/4)
    double[] c = {1e-8, 3, 1, 1e-8};
    double[] p = SmpVoting.pce(SmpOptions.Pce.CONDITIONAL, SmpOptions.VictoryProb.LINEAR, c, 2);
    assertThat(p[0]).isCloseTo(0.75, within(1e-12));
    assertThat(p[1]).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void coalitions_proportionalVotes_sumPositiveSides() {
    // two voters, weights 2 and 1; utilities of options (0, 1): voter 0 (0.9, 0.4), voter 1 (0.2, 0.8)
    double[] c = SmpVoting.coalitions(SmpOptions.VotingRule.PROP, new double[] {2, 1}, new double[] {0.9, 0.4, 0.2, 0.8}, 2, 2);
    assertThat(c[1 * 2 + 0]).isCloseTo(1e-8 + 0.6, within(1e-12)); // for 1 over 0: voter 1 gives 1*(0.8-0.2)
    assertThat(c[0 * 2 + 1]).isCloseTo(1e-8 + 1.0, within(1e-12)); // for 0 over 1: voter 0 gives 2*(0.9-0.4)
  }

  @Test
  void forecast_allActorsAgree_nothingMovesAndConverges() {
    List<Actor> actors = List.of(Actor.simple("a", 1, SRC), Actor.simple("b", 2, SRC), Actor.simple("c", 3, SRC));
    List<Position> ps = new ArrayList<>();
    for (Actor a : actors) ps.add(Position.of(a.id(), "x", 40, 0.5, SRC));
    ForecastResult r = new SpatialModelOfPolitics().forecast(
        Scenario.of("s", actors, List.of(Issue.unlabelled("x", 0, 100)), ps), ModelConfig.defaults());
    assertThat(r.converged()).isTrue();
    assertThat(r.iterations()).isEqualTo(2); // KTAB's minimum number of turns
    assertThat(r.issues().get(0).finalPositions()).containsOnly(40.0);
    assertThat(r.issues().get(0).outcome()).isEqualTo(40.0);
    assertThat(r.notes()).noneMatch(n -> n.kind().equals("bargain"));
  }

  @Test
  void forecast_issueScale_isOnlyAUnitChange() {
    SpatialModelOfPolitics m = new SpatialModelOfPolitics();
    ForecastResult a = m.forecast(threeDim(false), ModelConfig.defaults());
    ForecastResult b = m.forecast(threeDim(true), ModelConfig.defaults());
    assertThat(b.iterations()).isEqualTo(a.iterations());
    for (int k = 0; k < 3; k++)
      for (int i = 0; i < 7; i++)
        assertThat(-1 + 2 * (a.issues().get(k).finalPositions().get(i) / 100))
            .isCloseTo(b.issues().get(k).finalPositions().get(i), within(1e-6));
  }

  @Test
  void forecast_threeDim_explainsBargainsAndAcceptances() {
    ForecastResult r = new SpatialModelOfPolitics().forecast(threeDim(false), ModelConfig.defaults());
    // KTAB's log, turn 0: actor 0 targets actor 6 with P[0 > 6] = 0.7643, gain +0.0947, and
    // proposes that both adopt (75.610, 24.780|24.790, 71.950)
    RoundNote first = r.notes().stream().filter(n -> n.round() == 1 && n.actor().equals("a0") && n.kind().equals("bargain"))
        .findFirst().orElseThrow();
    assertThat(first.target()).isEqualTo("a6");
    assertThat(first.text()).contains("0.7643", "+0.0947", "(75.61, 24.78, 71.95)", "(75.61, 24.79, 71.95)");
    assertThat(r.notes()).anyMatch(n -> n.kind().equals("accepted"));
    assertThat(r.notes().get(r.notes().size() - 1).kind()).isEqualTo("outcome");
  }

  @Test
  void forecast_stochasticTransitions_sameSeedSameResult() {
    ModelConfig c = ModelConfig.defaults().withParameter("stateTransitions", "stochastic").withSeed(7);
    SpatialModelOfPolitics m = new SpatialModelOfPolitics();
    assertThat(m.forecast(threeDim(false), c).issues().get(1).rounds())
        .isEqualTo(m.forecast(threeDim(false), c).issues().get(1).rounds());
  }

  @Test
  void forecast_ktabOptions_allRunAndStayOnScale() {
    SpatialModelOfPolitics m = new SpatialModelOfPolitics();
    for (Map<String, String> p : List.of(Map.of("victoryProb", "square", "pce", "markovUniform"),
        Map.of("pce", "markovIncentive", "votingRule", "binary"), Map.of("interVecBrgn", "s2pmax", "bargainModel", "pwcompinterp"),
        Map.of("bargainModel", "initrcvrinterp", "thirdParty", "nocommit", "bigRAdjust", "full", "bigRRange", "max"))) {
      ModelConfig c = new ModelConfig(0, 100, 1e-6, p);
      ForecastResult r = m.forecast(threeDim(false), c);
      for (IssueForecast f : r.issues()) for (List<Double> round : f.rounds()) assertThat(round).allMatch(v -> v >= 0 && v <= 100);
    }
  }

  @Test
  void forecast_badParameterOrScenario_saysWhatIsAllowed() {
    SpatialModelOfPolitics m = new SpatialModelOfPolitics();
    assertThatThrownBy(() -> m.forecast(threeDim(false), ModelConfig.defaults().withParameter("pce", "bogus")))
        .hasMessageContaining("pce = 'bogus'").hasMessageContaining("conditional");
    assertThatThrownBy(() -> m.forecast(threeDim(false), ModelConfig.defaults().withParameter("pcem", "x")))
        .hasMessageContaining("unknown parameter 'pcem'");
  }

  @Test
  void forecast_saliencesSummingAboveOne_normalisedPerActor() {
    SpatialModelOfPolitics m = new SpatialModelOfPolitics();
    Scenario s = threeDim(false);
    Scenario heavy = s.withPositions(s.positions().stream().map(p -> p.withSalience(0.9)).toList());
    Scenario shares = s.withPositions(s.positions().stream().map(p -> p.withSalience(0.9 / 2.7)).toList());
    var a = m.forecast(heavy, ModelConfig.defaults());
    var b = m.forecast(shares, ModelConfig.defaults());
    for (int k = 0; k < 3; k++)
      org.assertj.core.api.Assertions.assertThat(a.issues().get(k).outcome())
          .isCloseTo(b.issues().get(k).outcome(), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void forecast_actorAbsentFromAnIssue_takesPartWithZeroSalienceThere() {
    SpatialModelOfPolitics m = new SpatialModelOfPolitics();
    Scenario s = threeDim(false);
    Scenario gap = s.withPositions(s.positions().subList(1, s.positions().size()));
    var absent = s.positions().get(0);
    var a = m.forecast(gap, ModelConfig.defaults());
    var issue = a.issue(absent.issueId()).orElseThrow();
    org.assertj.core.api.Assertions.assertThat(issue.actorIds()).hasSize(7);
    // its placeholder proposal is the capability x salience weighted mean of the actors present
    IssueData present = IssueData.of(gap, gap.issue(absent.issueId()).orElseThrow());
    double neutral = CompromiseModel.weightedMean(present.capability(), present.salience(), present.position());
    org.assertj.core.api.Assertions.assertThat(issue.rounds().get(0).get(issue.actorIds().indexOf(absent.actorId())))
        .isCloseTo(neutral, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void probEduChlgFast_defaultOptions_isBitForBitTheGeneralMethod() {
    Scenario s = threeDim(false);
    int n = 7;
    double[] cap = new double[n];
    double[] sal = new double[n * 3];
    double[] x = new double[n * 3];
    for (int i = 0; i < n; i++) {
      cap[i] = s.actors().get(i).capability();
      for (int k = 0; k < 3; k++) {
        Position p = s.position("a" + i, "d" + k).orElseThrow();
        sal[i * 3 + k] = p.salience();
        x[i * 3 + k] = p.position() / 100;
      }
    }
    SmpRun run = new SmpRun(SmpOptions.ktabDefaults(), cap, sal, 3);
    SmpChallenges ch = new SmpChallenges(SmpOptions.ktabDefaults(), cap, sal, salSums(sal), 3);
    double[] dist = run.distances(x);
    double[] distT = new double[n * n];
    for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) distT[b * n + a] = dist[a * n + b];
    double[] r = run.riskAttitudes(dist);
    assertThat(r).contains(1.0, -0.5); // Mid range: the likeliest actor +1, the least likely -1/2
    for (int i = 0; i < n; i++) {
      double[] eR = run.estimates(i, r);
      double[] uToI = new double[n];
      for (int m = 0; m < n; m++) uToI[m] = SmpVoting.util(dist[m * n + i], eR[m]);
      for (int j = 0; j < n; j++) {
        if (j == i) continue;
        assertThat(ch.probEduChlgFast(eR, distT, i, j, uToI)).containsExactly(ch.probEduChlg(eR, dist, i, i, j, null));
      }
    }
  }

  static double[] salSums(double[] sal) {
    double[] out = new double[sal.length / 3];
    for (int i = 0; i < out.length; i++) for (int k = 0; k < 3; k++) out[i] = out[i] + sal[i * 3 + k];
    return out;
  }

  @Test
  void registry_knowsSmp() {
    assertThat(BargainingModels.byName("smp")).containsInstanceOf(SpatialModelOfPolitics.class);
  }
}
