package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GameCommandTest {
  static final Path GAMES = Path.of("..", "peninsula-formats", "src", "test", "resources", "games");

  @Test
  void solve_gambitFormat_oneLinePerEquilibrium() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("battle-of-the-sexes.nfg").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("NE,1,0,1,0\nNE,0,1,0,1\n");
  }

  @Test
  void solve_table_namesStrategies() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("prisoners-dilemma.nfg").toString(), "--format", "table");
    assertThat(r.out()).isEqualTo("Prisoner's dilemma: 1 equilibrium (enumpure)\n  1. Row: Defect; Column: Defect\n");
  }

  @Test
  void solve_unknownMethod_exit2() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("matching-pennies.nfg").toString(), "--method", "magic");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unknown method \"magic\" (available: enumpure");
  }

  @Test
  void show_twoPlayers_matrix() {
    var r = CliRunner.run("game", "show", GAMES.resolve("matching-pennies.nfg").toString());
    assertThat(r.out()).contains("1 \\ 2  1      2").contains("1      1, -1  -1, 1");
  }

  @Test
  void solve_extensive_speAndPureBehaviourProfiles() {
    String f = GAMES.resolve("entry-deterrence.efg").toString();
    assertThat(CliRunner.run("game", "solve", f, "--method", "spe").out()).isEqualTo("NE,1,0,0,1\n");
    assertThat(CliRunner.run("game", "solve", f).out()).isEqualTo("NE,0,1,1,0\nNE,1,0,0,1\n");
    var r = CliRunner.run("game", "solve", GAMES.resolve("deterrence-with-chance.efg").toString(), "--method", "spe");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("backward induction needs perfect information");
  }
}
