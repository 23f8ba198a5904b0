package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.model.Actor;
import io.peninsula.model.DecisionRule;
import io.peninsula.model.Influence;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import io.peninsula.model.StatusQuo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tsebelis's winset in one dimension, hand-computed, and the decorator around every model. */
class VetoConstrainedModelTest {
  static final SourceRef SRC = SourceRef.of("hand");

  /**
   * The synthetic fixture of peninsula-formats' veto.yaml: posture (SQ 80, unanimity of A at 100 and
   * C at 60; B at 0 with influence 0.5) and sanctions (SQ 2, weights A 3 B 2 C 1, threshold 0.6, C
   * a veto player too).
   */
  static Scenario fixture() {
    Issue posture = new Issue("posture", "posture", 0, 100, List.of(), Optional.of(new StatusQuo(80, SRC)),
        Optional.of(DecisionRule.unanimity(List.of("A", "C"), SRC)));
    Issue sanctions = new Issue("sanctions", "sanctions", 0, 10, List.of(), Optional.of(new StatusQuo(2, SRC)),
        Optional.of(DecisionRule.qualifiedMajority(Map.of("A", 3.0, "B", 2.0, "C", 1.0), 0.6, List.of("C"), SRC)));
    List<Position> ps = List.of(
        Position.of("A", "posture", 100, 0.5, SRC),
        Position.of("B", "posture", 0, 1, SRC).withInfluence(Optional.of(new Influence(0.5, SRC))),
        Position.of("C", "posture", 60, 0.5, SRC),
        Position.of("A", "sanctions", 10, 1, SRC),
        Position.of("B", "sanctions", 6, 1, SRC),
        Position.of("C", "sanctions", 4, 1, SRC));
    return Scenario.of("veto-mini", List.of(Actor.simple("A", 2, SRC), Actor.simple("B", 1, SRC), Actor.simple("C", 1, SRC)),
        List.of(posture, sanctions), ps);
  }

  @Test
  void unanimity_vetoPlayersOnBothSidesOfTheStatusQuo_forecastIsTheStatusQuo() {
    // compromise: (2·0.5·100 + 0.5·1·0 + 1·0.5·60) / (1 + 0.5 + 0.5) = 130 / 2 = 65 (B's influence 0.5 replaces capability 1)
    Scenario s = fixture();
    assertThat(new CompromiseModel().forecast(s, ModelConfig.defaults()).issue("posture").orElseThrow().outcome()).isEqualTo(65.0);
    ForecastResult r = new VetoConstrainedModel(new CompromiseModel()).forecast(s, ModelConfig.defaults());
    // A (100) prefers [80, 120], C (60) prefers [40, 80]: the winset is {80}; 65 lies below, A blocks
    assertThat(r.issue("posture").orElseThrow().outcome()).isEqualTo(80.0);
    assertThat(r.notes()).filteredOn(n -> n.issueId().equals("posture")).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(VetoConstrainedModel.BOUND);
      assertThat(n.actor()).isEqualTo("A");
      assertThat(n.text()).isEqualTo("the settlement 65.0 lies outside the winset of the status quo 80.0 is [80.0, 80.0]; A is pivotal: forecast 80.0");
    });
  }

  @Test
  void qualifiedMajority_withAVetoPlayer_theNearestVetoPlayerBinds() {
    // compromise 7.5 = (2·10 + 6 + 4) / 4. Reaches right of q = 2: A 16, B 8, C 4. QMV needs 3.6 of 6:
    // A (3) then B (5) -> edge 2 + 8 = 10 (B); veto player C reaches 2·4 − 2 = 6 < 10 -> winset [2, 6]
    VetoWinset.Binding b = VetoConstrainedModel.bindings(fixture(), new CompromiseModel().forecast(fixture(), ModelConfig.defaults()))
        .get(1);
    assertThat(b).isEqualTo(new VetoWinset.Binding("sanctions", 2, 7.5, 6, 2, 6, true, Optional.of("C")));
  }

  @Test
  void qualifiedMajority_alone_edgeIsWhereTheCoalitionReachesTheThreshold() {
    Issue i = new Issue("i", "i", 0, 10, List.of(), Optional.of(new StatusQuo(2, SRC)),
        Optional.of(DecisionRule.qualifiedMajority(Map.of("A", 3.0, "B", 2.0, "C", 1.0), 0.6, List.of(), SRC)));
    double[] x = {10, 6, 4};
    assertThat(VetoWinset.constrain(i, List.of("A", "B", "C"), x, 9.5))
        .isEqualTo(new VetoWinset.Binding("i", 2, 9.5, 9.5, 2, 10, false, Optional.empty()));
    // B moves to 3: reaches A 16, C 4, B 2; A (3) + C (1) = 4 >= 3.6 -> edge 2 + 4 = 6, C pivotal
    assertThat(VetoWinset.constrain(i, List.of("A", "B", "C"), new double[] {10, 3, 4}, 9.5).outcome()).isEqualTo(6.0);
    // nobody but A leans right: 3 < 3.6, no move right; the blocker nearest q = 2 is B at 1.5
    VetoWinset.Binding blocked = VetoWinset.constrain(i, List.of("A", "B", "C"), new double[] {10, 1.5, 0}, 9.5);
    assertThat(blocked.outcome()).isEqualTo(2.0);
    assertThat(blocked.pivotal()).contains("B");
  }

  @Test
  void settlementInsideTheWinset_isReturnedUnchangedAndScenarioWithoutRules_getsTheSameResultObject() {
    Scenario plain = Scenario.of("p", fixture().actors(),
        fixture().issues().stream().map(i -> i.withStatusQuo(Optional.empty())).toList(), fixture().positions());
    ForecastResult inner = new CompromiseModel().forecast(plain, ModelConfig.defaults());
    BargainingModel same = new BargainingModel() {
      public String name() { return "fixed"; }
      public String description() { return ""; }
      public ForecastResult forecast(Scenario s, ModelConfig c) { return inner; }
    };
    assertThat(new VetoConstrainedModel(same).forecast(plain, ModelConfig.defaults())).isSameAs(inner);
  }

  /** Property: the constrained outcome always lies in the winset closure, and equals the settlement when that does. */
  @Test
  void constrain_randomRulesAndPositions_outcomeIsTheNearestPointOfTheWinset() {
    SplittableRandom rng = new SplittableRandom(42);
    List<String> ids = List.of("a", "b", "c", "d", "e");
    for (int t = 0; t < 2000; t++) {
      double[] x = new double[5];
      for (int k = 0; k < 5; k++) x[k] = rng.nextDouble(0, 100);
      double q = rng.nextDouble(0, 100);
      DecisionRule rule = rng.nextBoolean() ? DecisionRule.unanimity(ids.subList(0, 1 + rng.nextInt(5)), SRC)
          : DecisionRule.qualifiedMajority(Map.of("a", 1.0, "b", 2.0, "c", 3.0, "d", 1.0, "e", 2.0), rng.nextDouble(), List.of(), SRC);
      Issue i = new Issue("i", "i", 0, 100, List.of(), Optional.of(new StatusQuo(q, SRC)), Optional.of(rule));
      double y = rng.nextDouble(0, 100);
      VetoWinset.Binding b = VetoWinset.constrain(i, ids, x, y);
      assertThat(b.lower()).isLessThanOrEqualTo(q);
      assertThat(b.upper()).isGreaterThanOrEqualTo(q);
      assertThat(b.outcome()).isEqualTo(Math.min(Math.max(y, b.lower()), b.upper()));
      assertThat(b.bound()).isEqualTo(b.outcome() != y);
      // every point strictly inside the winset is preferred to q by all veto players (unanimity)
      if (rule.kind() == DecisionRule.Kind.UNANIMITY && b.outcome() != q) {
        double z = (b.outcome() + q) / 2;
        for (String v : rule.vetoPlayers()) assertThat(Math.abs(z - x[ids.indexOf(v)])).isLessThan(Math.abs(q - x[ids.indexOf(v)]));
      }
    }
  }

  @Test
  void everyModel_runsUnderTheConstraint_andOutcomesLieInTheWinset() {
    Scenario s = fixture();
    for (BargainingModel m : BargainingModels.all()) {
      if (m.name().equals("smp")) continue; // needs 3 actors on every dimension: covered by its own tests
      ForecastResult r = new VetoConstrainedModel(m).forecast(s, ModelConfig.defaults());
      assertThat(r.issue("posture").orElseThrow().outcome()).as(m.name()).isEqualTo(80.0);
      assertThat(r.issue("sanctions").orElseThrow().outcome()).as(m.name()).isBetween(2.0, 6.0);
    }
  }

  static List<String> ids(Scenario s) {
    List<String> out = new ArrayList<>();
    for (Actor a : s.actors()) out.add(a.id());
    return out;
  }
}
