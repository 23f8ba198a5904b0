package io.peninsula.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.app.bargaining.ForecastRequest;
import io.peninsula.app.bargaining.ForecastService;
import io.peninsula.app.bargaining.MonteCarloRequest;
import io.peninsula.app.bargaining.MonteCarloService;
import io.peninsula.app.games.GameSolveRequest;
import io.peninsula.app.games.GameSolveService;
import io.peninsula.app.runs.Rerun;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.scenario.ScenarioRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs are stored with their typed request; a rerun rebuilds it from the store, on the stored scenario text. */
class RerunTest {
  @Test
  void storedForecast_rerunsIdentically_evenAfterTheFileChanged(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, io.peninsula.formats.BundledScenarios.text("korea-2019").orElseThrow());
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    var request = new ForecastRequest(ScenarioRef.of(scenario.toString(), "auto"),
        new ModelSpec("bdm", Optional.empty(), Map.of("rounds", "5"), 3L, 100, "none"), Optional.empty());
    String id = log.record(new ForecastService().run(request), List.of("forecast"));
    Files.writeString(scenario, "not a scenario any more");
    Rerun.Verdict v = Rerun.of(log.get(id).orElseThrow());
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
  }

  @Test
  void montecarloAndGameSolve_rerunIdentically(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    String mc = log.record(new MonteCarloService().run(new MonteCarloRequest(ScenarioRef.defaults(), ModelSpec.defaults(), "all", 64, 2,
        0.1, 0.1, 0.1)), List.of());
    String game = log.record(new GameSolveService().run(new GameSolveRequest(
        "../peninsula-formats/src/test/resources/games/battle-of-the-sexes.nfg", "enummixed", Optional.empty(), false)), List.of());
    assertThat(Rerun.of(log.get(mc).orElseThrow()).identical()).isTrue();
    assertThat(Rerun.of(log.get(game).orElseThrow()).identical()).isTrue();
    assertThat(log.list()).extracting(r -> r.command()).containsExactly("montecarlo", "game solve");
  }

  /** The web's game solve carries the Gambit text in its request: the stored run re-runs with no file anywhere. */
  @Test
  void inlineGameSolve_rerunsIdentically_fromTheStoredText(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    String efg = "EFG 2 R \"t\" { \"A\" \"B\" } \"\"\np \"\" 1 1 \"\" { \"L\" \"R\" } 0\nt \"\" 1 \"\" { 1, 0 }\nt \"\" 2 \"\" { 0, 1 }\n";
    var outcome = new GameSolveService().run(GameSolveRequest.ofText(efg, "enummixed", Optional.of("pure"), false));
    assertThat(outcome.provenance().inputs()).extracting(Provenance.InputFile::path).containsExactly("game.efg");
    String id = log.record(outcome, List.of());
    assertThat(Files.exists(Path.of("game.efg"))).isFalse();
    Rerun.Verdict v = Rerun.of(log.get(id).orElseThrow());
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
  }

  /** A game-solve request as the release before inline text stored it (no "text" field) still reads back as a file request. */
  @Test
  void gameSolveRequest_storedWithoutText_readsBackAsAFileRequest() throws Exception {
    String stored = "{\"file\":\"g.nfg\",\"method\":\"enumpure\",\"eliminateDominated\":null,\"strategic\":false}";
    GameSolveRequest r = Json.MAPPER.readValue(stored, GameSolveRequest.class);
    assertThat(r).isEqualTo(new GameSolveRequest("g.nfg", "enumpure", Optional.empty(), false));
    GameSolveRequest inline = GameSolveRequest.ofText("NFG 1 R \"x\" { \"A\" } { 1 }\n1\n", "enumpure", Optional.empty(), true);
    assertThat(Json.MAPPER.readValue(Json.write(inline), GameSolveRequest.class)).isEqualTo(inline);
  }

  @Test
  void simulate_rerunsIdentically(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    String sim = log.record(new io.peninsula.app.dynamics.SimulateService().run(new io.peninsula.app.dynamics.SimulateRequest(
        ScenarioRef.defaults(), ModelSpec.defaults(), 2, 20, 2, Optional.empty())), List.of());
    assertThat(Rerun.of(log.get(sim).orElseThrow()).identical()).isTrue();
    assertThat(log.get(sim).orElseThrow().command()).isEqualTo("simulate");
  }

  @Test
  void gameBuild_rerunsIdentically_withItsRolesParametersAndChoices(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    var request = new io.peninsula.app.games.GameBuildRequest(ScenarioRef.defaults(), "deterrence",
        Map.of("challenger", List.of("DPRK"), "defender", List.of("USA")), Map.of("tripwire-cost", 0.2), Map.of("variant", "tripwire"),
        List.of(), true, true, Optional.of("deterrence.efg"));
    var outcome = new io.peninsula.app.games.GameBuildService().run(request);
    String id = log.record(outcome, List.of());
    Rerun.Verdict v = Rerun.of(log.get(id).orElseThrow());
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
    assertThat(log.get(id).orElseThrow().command()).isEqualTo("game build");
    assertThat(outcome.gambitExtension()).isEqualTo(".efg");
    assertThat(outcome.gambit()).startsWith("EFG 2 R");
  }

  @Test
  void gameBuild_badParameter_isBadInputNamingTheOption() {
    var request = new io.peninsula.app.games.GameBuildRequest(ScenarioRef.defaults(), "security-dilemma", Map.of(),
        Map.of("offense-advantage", 1.5), Map.of(), List.of(), false, false, Optional.empty());
    var e = org.assertj.core.api.Assertions.catchThrowable(() -> new io.peninsula.app.games.GameBuildService().run(request));
    assertThat(Errors.isBadInput(e)).isTrue();
    assertThat(e).hasMessageStartingWith("--offense-advantage 1.5: ");
  }

  /** A Sobol analysis on shifted replicates is stored with R and reruns to the same numbers (the shifts come from the model seed). */
  @Test
  void sensitivityWithReplicates_rerunsIdentically(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    var request = new io.peninsula.app.bargaining.SensitivityRequest(ScenarioRef.defaults(), ModelSpec.defaults(), "sobol", Optional.of(8),
        Optional.of("sanctions"), 3, Optional.of(3));
    String id = log.record(new io.peninsula.app.bargaining.SensitivityService().run(request), List.of("sensitivity"));
    Rerun.Verdict v = Rerun.of(log.get(id).orElseThrow());
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
  }

  /**
   * A sensitivity request as the release before --replicates stored it (no "replicates" field) reads
   * back as a bootstrap request and reruns through the registry.
   */
  @Test
  void sensitivityRequest_storedWithoutReplicates_readsBackAndReruns() throws Exception {
    var request = new io.peninsula.app.bargaining.SensitivityRequest(ScenarioRef.defaults(), ModelSpec.defaults(), "morris", Optional.of(2),
        Optional.of("opcon"), 2);
    com.fasterxml.jackson.databind.node.ObjectNode stored = Json.MAPPER.valueToTree(request);
    assertThat(stored.remove("replicates")).as("today's request writes the field").isNotNull();
    var back = Json.MAPPER.treeToValue(stored, io.peninsula.app.bargaining.SensitivityRequest.class);
    assertThat(back).isEqualTo(request);
    assertThat(back.replicates()).isEmpty();
    ServiceResult again = Services.rerun(io.peninsula.app.bargaining.SensitivityRequest.class.getName(), stored,
        new io.peninsula.app.scenario.FileScenarioSource());
    ServiceResult first = new io.peninsula.app.bargaining.SensitivityService().run(request);
    assertThat(Json.write(again.resultJson())).isEqualTo(Json.write(first.resultJson()));
  }
}
