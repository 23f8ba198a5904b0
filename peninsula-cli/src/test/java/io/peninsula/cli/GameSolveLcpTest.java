package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code game solve --method lcp} end to end: Lemke–Howson on .nfg, sequence-form Lemke on .efg. */
class GameSolveLcpTest {
  static final Path GAMES = GameCommandTest.GAMES;

  @Test
  void solve_lcpBattleOfTheSexes_bothPureAndTheMixedOneReachable() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("battle-of-the-sexes.nfg").toString(), "--method", "lcp");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("NE,1,0,1,0\nNE,2/3,1/3,1/3,2/3\nNE,0,1,0,1\n");
  }

  @Test
  void solve_lcpExtensive_oneSequenceFormEquilibrium() {
    // Challenge pays 1/3·(-2) + 2/3·2 = 2/3 > 0 against each type's strict best reply (resolute resists, weak concedes)
    var r = CliRunner.run("game", "solve", GAMES.resolve("deterrence-with-chance.efg").toString(), "--method", "lcp");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("NE,1,0,1,0,0,1\n");
  }

  @Test
  void solve_lcpThreePlayers_exit2() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("three-player.nfg").toString(), "--method", "lcp");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: method lcp cannot solve ").endsWith("(3 players)\n");
  }
}
