package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.analysis.OptionComparison.OptionResult;
import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand computation on {@link TinyScenario} with the compromise model (weights c·s):
 * baseline x = (1·100 + 1·0)/2 = 50, y = (2·10 + 0.5·0)/2.5 = 8;
 * U_A = −(0.5·50/100 + 1·2/10) = −0.45, U_B = −(1·50/100 + 0.5·8/10) = −0.9.
 * tilt (B's salience on x 0.5): x = 100/1.5 = 66.667, y = 8; at baseline preferences
 * U_A = −(0.5·33.333/100 + 0.2) = −0.366667, U_B = −(66.667/100 + 0.4) = −1.066667.
 * shift (A's y −5 → 5): y = 10/2.5 = 4, x = 50; U_A = −(0.25 + 6/10) = −0.85, U_B = −(0.5 + 0.5·4/10) = −0.7.
 */
class OptionComparisonTest {
  private final Scenario s = TinyScenario.build();
  private final OptionComparison.Result r = OptionComparison.compare(s, s.options(), new CompromiseModel(), ModelConfig.defaults());

  @Test
  void compare_compromise_handComputedOutcomes() {
    assertThat(r.baseline()).extracting(OptionComparison.IssueOutcome::outcome).containsExactly(50.0, 8.0);
    OptionResult tilt = r.options().get(1);
    assertThat(tilt.issues().get(0).outcome()).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(tilt.issues().get(0).change()).isCloseTo(200.0 / 3 - 50, within(1e-12));
    assertThat(tilt.issues().get(1).change()).isZero();
    OptionResult shift = r.options().get(2);
    assertThat(shift.issues().get(0).outcome()).isCloseTo(50, within(1e-12));
    assertThat(shift.issues().get(1).outcome()).isCloseTo(4, within(1e-12));
  }

  @Test
  void compare_compromise_handComputedUtilitiesAtBaselinePreferences() {
    assertThat(r.baselineUtilities()).extracting(OptionComparison.ActorUtility::utility)
        .satisfiesExactly(u -> assertThat(u).isCloseTo(-0.45, within(1e-12)), u -> assertThat(u).isCloseTo(-0.9, within(1e-12)));
    var tilt = r.options().get(1).actors();
    assertThat(tilt.get(0).utility()).isCloseTo(-(0.5 * (100 - 200.0 / 3) / 100 + 0.2), within(1e-12));
    assertThat(tilt.get(1).utility()).isCloseTo(-(200.0 / 3 / 100 + 0.4), within(1e-12));
    var shift = r.options().get(2).actors();
    assertThat(shift.get(0).utility()).isCloseTo(-0.85, within(1e-12));
    assertThat(shift.get(1).utility()).isCloseTo(-0.7, within(1e-12));
    assertThat(shift.get(1).change()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void compare_statusQuoWithoutEdits_equalsBaseline() {
    OptionResult sq = r.options().get(0);
    assertThat(sq.issues()).allSatisfy(i -> assertThat(i.change()).isZero());
    assertThat(sq.actors()).allSatisfy(a -> assertThat(a.change()).isZero());
  }

  @Test
  void compare_optionThatDoesNotApply_namesTheOption() {
    var bad = new PolicyOption("bad", "", "", List.of(new ScenarioEdit.SetSalience("Z", "x", 0.5)), TinyScenario.SRC);
    assertThatThrownBy(() -> OptionComparison.compare(s, List.of(bad), new CompromiseModel(), ModelConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option bad").hasMessageContaining("unknown actor Z");
  }
}
