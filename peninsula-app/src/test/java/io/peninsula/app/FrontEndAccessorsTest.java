package io.peninsula.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.app.games.GameFile;
import io.peninsula.app.scenario.Bundled;
import io.peninsula.app.scenario.ScenarioService;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the app offers front ends instead of the formats and the store: bundled scenarios, scenario and Gambit text, error kinds. */
class FrontEndAccessorsTest {
  @Test
  void bundled_namesTheDefaultAndLoadsEachAsYaml() {
    assertThat(Bundled.names()).contains(Bundled.DEFAULT, "korea-2019", "europe-2025");
    var k = Bundled.load("korea-2019").orElseThrow();
    assertThat(k.origin()).isEqualTo("korea-2019");
    assertThat(k.format()).isEqualTo("yaml");
    assertThat(k.content()).isEqualTo(Bundled.text("korea-2019").orElseThrow());
    assertThat(k.scenario().metadata().id()).isEqualTo("korea-2019");
    assertThat(Bundled.load("atlantis")).isEmpty();
  }

  @Test
  void check_returnsTheScenarioOrItsLocatedProblems() {
    String yaml = Bundled.text("korea-2025").orElseThrow();
    var ok = ScenarioService.check("inline", "yaml", yaml);
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.loaded().orElseThrow().sha256()).isEqualTo(Sha256.of(yaml));
    var bad = ScenarioService.check("inline", "json", "{\"x\":1}");
    assertThat(bad.loaded()).isEmpty();
    assertThat(bad.problems()).hasSize(5);
    InputProblem last = bad.problems().get(4);
    assertThat(List.of(last.file(), last.line(), last.column(), last.field())).containsExactly("inline", 1, 2, "x");
    assertThat(last.message()).startsWith("unknown field \"x\"");
  }

  @Test
  void toJson_roundTripsThroughTheJsonFormat() {
    var s = Bundled.load("korea-2025").orElseThrow().scenario();
    var back = ScenarioService.check("x", "json", ScenarioService.toJson(s)).loaded().orElseThrow().scenario();
    assertThat(back).isEqualTo(s);
    assertThat(ScenarioService.detect("inline", "id: x\n")).isEqualTo("yaml");
  }

  @Test
  void gambitText_isNamedByItsForm_andItsProblemsAreBadInput() {
    assertThat(GameFile.ofText("  EFG 2 R \"t\" { \"A\" } \"\"\n").path()).isEqualTo("game.efg");
    GameFile nfg = GameFile.ofText("NFG 1 R \"PD\" { \"Row\" \"Col\" } { 2 2 }\n3 3 5 0 0 5 1 1\n");
    assertThat(nfg.path()).isEqualTo("game.nfg");
    assertThat(nfg.isExtensive()).isFalse();
    assertThat(nfg.strategic().numPlayers()).isEqualTo(2);
    assertThatThrownBy(() -> GameFile.ofText("nonsense").strategic()).satisfies(e -> {
      assertThat(Errors.isBadInput(e)).isTrue();
      InputProblem p = Errors.inputProblems(e).orElseThrow().get(0);
      assertThat(List.of(p.file(), p.line(), p.column())).containsExactly("game.nfg", 1, 1);
    });
  }

  @Test
  void errorKinds_inputProblemsOnlyForAFilesProblemList_storeFailureForTheStore() {
    assertThat(Errors.inputProblems(new BadRequestException("no"))).isEmpty();
    assertThat(Errors.isStoreFailure(new BadRequestException("no"))).isFalse();
    assertThat(Errors.isStoreFailure(new io.peninsula.store.StoreException("locked", null))).isTrue();
  }
}
