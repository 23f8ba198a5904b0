package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameBuildCommandTest {
  @Test
  void securityDilemma_korea2025_stagHuntAgainstChicken() {
    var r = CliRunner.run("game", "build", "security-dilemma", "korea-2025");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("unit: U = one actor's whole security agenda")
        .contains("classification: asymmetric: DPRK Stag Hunt / ROK_CONS Chicken\n")
        .contains("  DPRK: Stag Hunt (temptation T − R = -0.0808, fear P − S = 0.006181)\n")
        .contains("Jervis's world: offence has the advantage (o = 0.7), postures hard to tell apart (d = 0.3): \"doubly dangerous\"\n")
        .contains("DPRK      R (both restrain)                        0  0 (status quo, no arms cost)\n")
        .contains("o               0.7  judgement  offence advantage in [0, 1] (Jervis 1978)")
        .contains("C[ROK_CONS]  0.0233  mapping    state capability: ROK_PROG 0.0116 + ROK_CONS 0.0116");
  }

  @Test
  void securityDilemma_progressiveSeoul_harmony() {
    var r = CliRunner.run("game", "build", "security-dilemma", "--states", "DPRK,ROK_PROG");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("classification: Harmony\n").endsWith("equilibria (enummixed):\n  1. DPRK: Restrain; ROK_PROG: Restrain\n");
  }

  @Test
  void deterrence_korea2025_consistentLottery_tripWireNotCredible() {
    // the issue's recomputation under a consistent form: b* = 0.92 and τ* = 0.32; τ = 0.6/5 = 0.12 < τ*
    var r = CliRunner.run("game", "build", "deterrence", "korea-2025");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("variant tripwire: Status Quo — deterrence holds\n"
        + "  defender's threat credible: no (credible iff τ ≥ τ* = 0.3161; τ = 0.12)\n"
        + "  challenger's threat credible: no (credible iff b > b* = 0.9164; b = 0.1)\n"
        + "  under uncertainty about the defender's resolve: the challenger would back down once resisted, so resisting costs the defender "
        + "nothing and every defender resists: deterred whatever it believes (q* does not apply)\n"
        + "variant offshore: Status Quo — deterrence holds; defender credible: no (τ = 0, τ* = 0.3161)\n");
  }

  @Test
  void deterrence_faceSavingChallenger_failsUnderBothVariantsOnceItsThreatIsCredible() {
    var r = CliRunner.run("game", "build", "deterrence", "--backdown-cost", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("variant tripwire: Challenger Wins — deterrence fails\n")
        .contains("deterred iff P(defender resists) ≥ q* = w/(w − u_Ch(DD)) = 0.3096\n")
        .contains("variant offshore: Challenger Wins — deterrence fails; defender credible: no");
    var credible = CliRunner.run("game", "build", "deterrence", "--backdown-cost", "1", "--tripwire-cost", "0.4");
    assertThat(credible.out()).contains("variant tripwire: Status Quo — deterrence holds\n");
  }

  @Test
  void alliance_korea2025_rolesFromTheScenario() {
    var r = CliRunner.run("game", "build", "alliance");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Alliance USA (patron) and ROK_CONS (client) (korea-2025)\n")
        .contains("classification: asymmetric: USA Deadlock / ROK_CONS Stag Hunt\n")
        .contains("  ROK_CONS: Stag Hunt; commits iff P(partner commits) ≥ q* = 0.8447 (tolerable abandonment risk 0.1553)\n")
        .contains("  1. USA: Hedge; ROK_CONS: Hedge\n     abandonment risk USA 1, ROK_CONS 1; entrapment risk USA 0, ROK_CONS 0\n");
  }

  @Test
  void alliance_progressiveClient_robustnessShowsTheNarrowMargin() {
    var r = CliRunner.run("game", "build", "alliance", "--client", "ROK_PROG", "--robustness");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  USA: Prisoner's Dilemma; commits iff P(partner commits) ≥ q* = 1.039 (tolerable abandonment risk none: hedging dominates)\n")
        .contains("γ (--hedge-share)    0.5  [0, 0.99]  (0.4805, 0.8984)  0.0195  at 0.4805: USA: Stag Hunt; equilibria: ");
  }

  @Test
  void crisisBargaining_korea2025_costsOnTheSegmentsScale() {
    var r = CliRunner.run("game", "build", "crisis-bargaining");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Crisis bargaining DPRK proposes to USA on dprk_nuclear (korea-2025)\n")
        .contains("bargaining range [p_R − c̃_R, p_R + c̃_P] = [-8.84, 7.7232]: positions 0 to 70\n")
        .contains("optimal offer y* = 0 → position 0 (unconstrained expansion of nuclear and missile programmes)\n")
        .contains("probability of war 0\n")
        .contains("caution: the proposer's war payoff p_P − c̃_P ≤ 0");
  }

  @Test
  void robustnessAndExplain_deterrence() {
    var r = CliRunner.run("game", "build", "deterrence", "--robustness", "--explain");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("τ (--tripwire-cost)      0.12  [0, 1]  [0, 0.3162)            0.1962  at 0.3162: tripwire: defender credible yes\n")
        .contains("b (--backdown-cost)       0.1  [0, 2]  [0, 0.9164)            0.8164  at 0.9164: tripwire: Challenger Wins;")
        .contains("\nwhy (judgements and mappings):\n  κ_conv (judgement): Judgement: half the agenda's worth")
        .contains("  τ (mapping): Mapping: with troops on the ground, conceding under fire costs the defender the trip-wire issue outright");
  }

  @Test
  void out_writesGambitFilesThatReadBackAndSolveAlike(@TempDir Path dir) throws Exception {
    Path nfg = dir.resolve("sd.nfg");
    var r = CliRunner.run("game", "build", "security-dilemma", "--states", "DPRK,ROK_PROG", "--out", nfg.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).endsWith("game written to " + nfg + "\n");
    var g = NfgReader.read(nfg.toString(), Files.readString(nfg));
    assertThat(g.players()).containsExactly("DPRK", "ROK_PROG");
    assertThat(CliRunner.run("game", "solve", nfg.toString(), "--method", "enummixed").out()).isEqualTo("NE,1,0,1,0\n");
    Path efg = dir.resolve("cb.efg");
    assertThat(CliRunner.run("game", "build", "crisis-bargaining", "--out", efg.toString()).exit()).isZero();
    var e = EfgReader.read(efg.toString(), Files.readString(efg));
    assertThat(e.infoSets(1)).hasSize(11 * 5);
    // the stale docs said spe on this file ran out of memory; it solves (the one-deviation check is linear)
    var spe = CliRunner.run("game", "solve", efg.toString(), "--method", "spe");
    assertThat(spe.exit()).as(spe.err()).isZero();
  }

  @Test
  void json_isParseableWithExactValuesAndBases() throws Exception {
    var r = CliRunner.run("game", "build", "deterrence", "--format", "json", "--explain");
    assertThat(r.exit()).as(r.err()).isZero();
    var doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("provenance").get("command").asText()).isEqualTo("game build");
    var tree = doc.get("result");
    assertThat(tree.get("kind").asText()).isEqualTo("deterrence");
    assertThat(tree.get("analysis").get("tripwireThreshold").asText()).isEqualTo("1580627/5000000"); // c_USA − p_USA·w_USA = 0.5459 − 0.9082·0.253, exact
    assertThat(tree.get("verdict").get(0).asText()).isEqualTo("tripwire: Status Quo");
    assertThat(tree.get("derivation").get(0).get("basis").asText()).isEqualTo("judgement");
    assertThat(tree.get("derivation").get(0).get("rationale").asText()).startsWith("Judgement: half the agenda's worth");
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
    assertThat(range.exit()).isEqualTo(2);
    assertThat(range.err()).isEqualTo("error: --offense-advantage 1.5: offence advantage in [0, 1] (Jervis 1978) must be in [0, 1]\n");
    var nan = CliRunner.run("game", "build", "deterrence", "--war-cost", "lots");
    assertThat(nan.err()).isEqualTo("error: --war-cost \"lots\": not a number\n");
    var variant = CliRunner.run("game", "build", "deterrence", "--variant", "naval");
    assertThat(variant.err()).isEqualTo("error: unknown --variant \"naval\" (allowed: tripwire, offshore)\n");
    var actor = CliRunner.run("game", "build", "security-dilemma", "--states", "DPRK,XX");
    assertThat(actor.err()).startsWith("error: security-dilemma on korea-2025: state \"XX\" is not an actor of scenario korea-2025");
    var ext = CliRunner.run("game", "build", "deterrence", "--out", "x.nfg");
    assertThat(ext.err()).isEqualTo("error: --out x.nfg: a deterrence game is written as .efg (give a file name ending in .efg)\n");
  }

  /** No theatre in code: a scenario without roles: gets an error naming the section and the option. */
  @Test
  void scenarioWithoutRoles_errorNamesTheSectionAndTheOption(@TempDir Path dir) throws Exception {
    String text = BundledScenarios.text("korea-2025").orElseThrow();
    Path file = dir.resolve("noroles.yaml");
    Files.writeString(file, text.substring(0, text.indexOf("\n# Roles of the security games")) + "\n");
    var r = CliRunner.run("game", "build", "deterrence", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: deterrence on " + file + ": scenario korea-2025 assigns no challenger for deterrence: add it to the "
        + "scenario's roles: section (roles: deterrence: challenger: ID, with a source) or give --challenger ID\n");
    var issues = CliRunner.run("game", "build", "deterrence", file.toString(), "--challenger", "DPRK", "--defender", "USA", "--tripwire-cost", "0.1");
    assertThat(issues.err()).endsWith("scenario korea-2025 declares no security issues: add them to the scenario's roles: section "
        + "(roles: security_issues: [ID, ...], with security_issues_source) or give --issues ID,...\n");
    var ok = CliRunner.run("game", "build", "deterrence", file.toString(), "--challenger", "DPRK", "--defender", "USA", "--tripwire-cost", "0.1",
        "--issues", "dprk_nuclear,force_posture");
    assertThat(ok.exit()).as(ok.err()).isZero();
  }

  @Test
  void otherTheatres_rolesFromTheirOwnFiles() {
    var r = CliRunner.run("game", "build", "security-dilemma", "europe-2025");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Security dilemma RUS vs POL (europe-2025)\n");
    var d = CliRunner.run("game", "build", "deterrence", "europe-2025");
    assertThat(d.exit()).as(d.err()).isZero();
    assertThat(d.out()).startsWith("Deterrence RUS vs USA, tripwire (europe-2025)\n");
  }

  @Test
  void help_listsTheKindsAndTheirOptionsFromTheRegistry() {
    var r = CliRunner.run("game", "build", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("  deterrence: Zagare & Kilgour (2000) Unilateral Deterrence Game; spe.\n")
        .contains("--war-cost=X          deterrence, crisis-bargaining: war cost per unit of");
  }
}
