package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.model.Roles;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobustnessTest {
  static Scenario pairWithRoles() {
    Scenario s = DeterrenceGameTest.pair(1, 3, true);
    return s.withRoles(new Roles(List.of("force_posture"), Optional.of(SourceRef.of("tiny")), Map.of("deterrence", new Roles.GameRoles(
        Map.of("challenger", List.of("CH"), "defender", List.of("DEF"), "tripwire_issue", List.of("force_posture")), SourceRef.of("tiny")))));
  }

  @Test
  void sweep_findsTheThresholdsTheGameReports() {
    // nuclear CH, defaults: c_DEF = 1/8 + 1/2 = 5/8, τ* = 5/8 − 3/8 = 1/4, τ = 1/2 (trip wire); b* = 3/8 − 1/4 = 1/8 at b = 0.1
    var sweeps = Robustness.of(new DeterrenceGame(), pairWithRoles(), GameInputs.NONE);
    var tau = sweeps.stream().filter(s -> s.param().symbol().equals("τ")).findFirst().orElseThrow();
    assertThat(tau.value()).isEqualTo(0.5);
    assertThat(tau.below().orElseThrow().at()).isCloseTo(0.25, within(2 * Robustness.TOLERANCE));
    assertThat(tau.below().orElseThrow().after()).contains("tripwire: defender credible no");
    assertThat(tau.above()).isEmpty();
    var b = sweeps.stream().filter(s -> s.param().symbol().equals("b")).findFirst().orElseThrow();
    assertThat(b.above().orElseThrow().at()).isCloseTo(0.125, within(2 * Robustness.TOLERANCE));
    assertThat(b.margin().getAsDouble()).isCloseTo(0.025, within(2 * Robustness.TOLERANCE));
  }

  @Test
  void registry_everyGameHasRolesParametersWithinRangeAndRationales() {
    assertThat(SecurityGames.names()).containsExactly("security-dilemma", "deterrence", "alliance", "crisis-bargaining");
    for (SecurityGame g : SecurityGames.ALL) {
      assertThat(g.roles()).as(g.name()).isNotEmpty();
      assertThat(g.citation()).as(g.name()).isNotBlank();
      for (ParamSpec p : g.parameters()) {
        assertThat(p.rationale()).as(g.name() + " " + p.name()).isNotBlank();
        assertThat(p.option()).startsWith("--");
      }
    }
  }
}
