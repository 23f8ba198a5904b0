package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameBuildCommandTest {
  @Test
  void securityDilemma_korea2025_deadlockAndArmsRace() {
    var r = CliRunner.run("game", "build", "security-dilemma", "korea-2025");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("classification: Deadlock\n")
        .contains("  DPRK: Deadlock (temptation T − R = 0.34, fear P − S = 0.5462)\n")
        .contains("DPRK      T (DPRK arms, ROK_CONS restrains)  -0.0808  e·p[DPRK]·w[DPRK] − k = 0.49·0.3663·0.664 − 0.2\n")
        .contains("C[ROK_CONS]  0.0233  state capability: ROK_PROG 0.0116 + ROK_CONS 0.0116")
        .endsWith("equilibria (enummixed):\n  1. DPRK: Arm; ROK_CONS: Arm\n");
  }

  @Test
  void securityDilemma_progressiveSeoulUnderDefenseDominance_harmonyOnItsSide() {
    var r = CliRunner.run("game", "build", "security-dilemma", "--states", "DPRK,ROK_PROG", "--offense-advantage", "0.2",
        "--distinguishability", "0.9");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("classification: asymmetric: DPRK Deadlock / ROK_PROG Harmony\n");
  }

  @Test
  void deterrence_korea2025_holdsUnderBothVariants_defenderCredibleOnlyWithTheTripWire() {
    var r = CliRunner.run("game", "build", "deterrence", "korea-2025");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("variant tripwire: Status Quo — deterrence holds\n"
        + "  defender's threat credible: yes (credible iff τ > τ* = 0.0863)\n"
        + "  challenger's threat credible: no (credible iff b > b* = 1.2897)\n"
        + "  under uncertainty, deterred iff P(defender resists) > q* = 0.8043\n"
        + "variant offshore: Status Quo — deterrence holds; defender credible: no\n");
  }

  @Test
  void deterrence_faceSavingChallenger_offshoreFailsWhereTheTripWireHolds() {
    var r = CliRunner.run("game", "build", "deterrence", "--variant", "offshore", "--backdown-cost", "1.5");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("variant offshore: Challenger Wins — deterrence fails\n")
        .contains("variant tripwire: Status Quo — deterrence holds; defender credible: yes\n");
  }

  @Test
  void alliance_korea2025_defaultClientIsTheFirstTreatyPartner() {
    var r = CliRunner.run("game", "build", "alliance");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Alliance USA (patron) and ROK_CONS (client) (korea-2025)\n")
        .contains("classification: asymmetric: USA Deadlock / ROK_CONS Stag Hunt\n")
        .contains("treaty: us-rok-mdt-cons (defense)\n")
        .contains("  ROK_CONS: Stag Hunt; commits iff P(partner commits) ≥ q* = 0.8446 (tolerable abandonment risk 0.1554)\n")
        .contains("  1. USA: Hedge; ROK_CONS: Hedge\n     abandonment risk USA 1, ROK_CONS 1; entrapment risk USA 0, ROK_CONS 0\n");
  }

  @Test
  void crisisBargaining_korea2025_rangeOfferAndCaution() {
    var r = CliRunner.run("game", "build", "crisis-bargaining");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Crisis bargaining DPRK proposes to USA on dprk_nuclear (korea-2025)\n")
        .contains("bargaining range [p_R − c_R, p_R + c_P] = [-0.4565, 1.8623]")
        .contains("optimal offer y* = 0.2259 → position 15.811 (between \"unconstrained expansion of nuclear and missile programmes\" "
            + "and \"freeze: nuclear and missile activities halted\")\n")
        .contains("probability of war 0\n")
        .contains("caution: the proposer's war payoff p_P − c_P ≤ 0");
  }

  @Test
  void crisisBargaining_pyongyangToSeoul_riskReturnTradeOff() {
    var r = CliRunner.run("game", "build", "crisis-bargaining", "--proposer", "DPRK", "--responder", "ROK_CONS");
    assertThat(r.exit()).as(r.err()).isZero();
    // closed form (c̄ − c_P − 2c̲)/(2(c̄ − c̲)) = (1.4639 − 0.3169 − 0.976)/1.9518
    assertThat(r.out()).contains("optimal offer y* = 0.0602 → position 6.0228").contains("probability of war 0.0877\n");
  }

  @Test
  void out_writesGambitFilesThatReadBackAndSolveAlike(@TempDir Path dir) throws Exception {
    Path nfg = dir.resolve("sd.nfg");
    var r = CliRunner.run("game", "build", "security-dilemma", "--out", nfg.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).endsWith("game written to " + nfg + "\n");
    var g = NfgReader.read(nfg.toString(), Files.readString(nfg));
    assertThat(g.players()).containsExactly("DPRK", "ROK_CONS");
    assertThat(CliRunner.run("game", "solve", nfg.toString(), "--method", "enummixed").out()).isEqualTo("NE,0,1,0,1\n");
    Path efg = dir.resolve("cb.efg");
    assertThat(CliRunner.run("game", "build", "crisis-bargaining", "--out", efg.toString()).exit()).isZero();
    var e = EfgReader.read(efg.toString(), Files.readString(efg));
    assertThat(e.numPlayers()).isEqualTo(2);
    assertThat(e.infoSets(1)).hasSize(11 * 5);
  }

  @Test
  void json_isParseableWithExactPayoffs() throws Exception {
    var r = CliRunner.run("game", "build", "alliance", "--client", "ROK_PROG", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    var tree = new ObjectMapper().readTree(r.out());
    assertThat(tree.get("kind").asText()).isEqualTo("alliance");
    assertThat(tree.get("analysis").get("classification").asText()).isEqualTo("asymmetric: USA Prisoner's Dilemma / ROK_PROG Stag Hunt");
    assertThat(tree.get("payoffs")).hasSize(8);
    assertThat(tree.get("derivation").get(1).get("sources").get(0).asText()).isEqualTo("atop4");
  }

  @Test
  void errors_exit2WithMessages() {
    var wrongOption = CliRunner.run("game", "build", "alliance", "--states", "A,B");
    assertThat(wrongOption.exit()).isEqualTo(2);
    assertThat(wrongOption.err()).isEqualTo("error: --states does not apply to alliance (its options: --patron, --client, --hedge-share, --issues)\n");
    var kind = CliRunner.run("game", "build", "war");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).isEqualTo("error: unknown game kind \"war\" (allowed: security-dilemma, deterrence, alliance, crisis-bargaining)\n");
    var range = CliRunner.run("game", "build", "security-dilemma", "--offense-advantage", "1.5");
    assertThat(range.err()).isEqualTo("error: security-dilemma on korea-2025: offense advantage must be in [0, 1], got 1.5\n");
    var actor = CliRunner.run("game", "build", "security-dilemma", "europe-2025");
    assertThat(actor.exit()).isEqualTo(2);
    assertThat(actor.err()).startsWith("error: security-dilemma on europe-2025: state \"DPRK\" is not an actor of scenario europe-2025");
    var ext = CliRunner.run("game", "build", "deterrence", "--out", "x.nfg");
    assertThat(ext.err()).isEqualTo("error: --out x.nfg: a deterrence game is written as .efg (give a file name ending in .efg)\n");
  }

  /** Other theatres need no new code: name the actors and issues. The Korean defaults get a hint. */
  @Test
  void otherTheatre_actorsNamedByOptions_defaultsHintAtThem() {
    var r = CliRunner.run("game", "build", "security-dilemma", "europe-2025", "--states", "RUS,POL", "--issues", "ukraine_settlement,us_guarantee");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Security dilemma RUS vs POL (europe-2025)\n").contains("classification: ");
    var d = CliRunner.run("game", "build", "deterrence", "europe-2025");
    assertThat(d.exit()).isEqualTo(2);
    assertThat(d.err()).contains("challenger \"DPRK\" is not an actor of scenario europe-2025")
        .endsWith("on another theatre name them with --challenger and --defender\n");
  }
}
