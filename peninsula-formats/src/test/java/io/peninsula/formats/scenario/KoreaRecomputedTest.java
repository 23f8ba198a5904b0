package io.peninsula.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.security.AllianceGame;
import io.peninsula.engine.security.DeterrenceGame;
import io.peninsula.engine.security.GameInputs;
import io.peninsula.engine.security.SecurityDilemmaGame;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.game.Rational;
import io.peninsula.model.Actor;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security games' thresholds on korea-2025, recomputed here from the scenario's numbers by a
 * second implementation written from docs/games.md (state capability, shares, stakes, war costs,
 * each input rounded to 4 decimals, then exact fractions), against what the games print.
 */
class KoreaRecomputedTest {
  private static final Scenario S = ScenarioLoader.parse("korea-2025.yaml", BundledScenarios.text("korea-2025").orElseThrow());
  private static final List<String> ISSUES = S.roles().securityIssues();

  static Rational r4(double v) {
    return Rational.of(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN));
  }

  static double state(String id) {
    Actor a = S.actor(id).orElseThrow();
    String st = a.parent().orElse(a.id());
    return S.actors().stream().filter(x -> x.id().equals(st) || x.parent().map(st::equals).orElse(false)).mapToDouble(Actor::capability).sum();
  }

  static double stake(String i, String j) {
    double sum = 0;
    for (String k : ISSUES) {
      Position pi = S.position(i, k).orElseThrow();
      Position pj = S.position(j, k).orElseThrow();
      sum += pi.salience() * Math.abs(pi.position() - pj.position()) / S.issue(k).orElseThrow().range();
    }
    return sum / ISSUES.size();
  }

  static double meanSalience(String i) {
    return ISSUES.stream().mapToDouble(k -> S.position(i, k).orElseThrow().salience()).average().orElseThrow();
  }

  @Test
  void deterrence_thresholdsAsTheIssueRecomputedThem() {
    Rational pD = r4(state("DPRK") / (state("DPRK") + state("USA")));
    Rational pU = Rational.ONE.subtract(pD);
    Rational half = Rational.of(1, 2);
    Rational cD = half.multiply(pU).add(half); // both states nuclear-armed
    Rational cU = half.multiply(pD).add(half);
    Rational wD = r4(stake("DPRK", "USA"));
    Rational wU = r4(stake("USA", "DPRK"));
    Rational tau = r4(S.position("USA", "force_posture").orElseThrow().salience() / ISSUES.size());
    var res = (DeterrenceGame.Result) new DeterrenceGame().build(S, GameInputs.NONE);
    assertThat(res.tripwireThreshold()).isEqualTo(cU.subtract(pU.multiply(wU)));
    assertThat(res.backdownThreshold()).isEqualTo(cD.subtract(pD.multiply(wD)));
    assertThat(res.tau()).isEqualTo(tau);
    assertThat(res.tripwireThreshold().doubleValue()).isBetween(0.315, 0.325); // the issue's τ* = 0.32
    assertThat(res.backdownThreshold().doubleValue()).isBetween(0.915, 0.925); // the issue's b* = 0.92
    assertThat(res.defenderCredible()).isFalse();
  }

  @Test
  void securityDilemma_temptationAndFear() {
    Rational pD = r4(state("DPRK") / (state("DPRK") + state("ROK_CONS")));
    Rational pR = Rational.ONE.subtract(pD);
    Rational e = r4(0.7).multiply(Rational.ONE.subtract(r4(0.3)));
    Rational k = r4(0.2);
    Rational wD = r4(stake("DPRK", "ROK_CONS"));
    var res = (SecurityDilemmaGame.Result) new SecurityDilemmaGame().build(S, GameInputs.NONE);
    assertThat(res.players().get(0).temptation()).isEqualTo(e.multiply(pD).multiply(wD).subtract(k));
    assertThat(res.players().get(0).fear()).isEqualTo(e.multiply(pR).multiply(wD).subtract(k));
  }

  @Test
  void alliance_commitThresholds() {
    Rational dUsa = r4(state("ROK_CONS") / (state("USA") + state("ROK_CONS")));
    Rational dRok = Rational.ONE.subtract(dUsa);
    Rational gamma = r4(0.5);
    var res = (AllianceGame.Result) new AllianceGame().build(S, GameInputs.NONE);
    for (var ally : res.allies()) {
      boolean usa = ally.actor().equals("USA");
      String j = usa ? "ROK_CONS" : "USA";
      Rational sigma = r4(meanSalience(ally.actor()));
      Rational delta = r4(stake(ally.actor(), j) * ISSUES.size() / ISSUES.stream()
          .mapToDouble(k -> S.position(ally.actor(), k).orElseThrow().salience()).sum());
      Rational beta = (usa ? dUsa : dRok).multiply(sigma);
      Rational eps = delta.multiply(sigma);
      assertThat(ally.commitThreshold()).as(ally.actor()).isEqualTo(eps.divide(Rational.ONE.subtract(gamma).multiply(beta)));
    }
  }
}
