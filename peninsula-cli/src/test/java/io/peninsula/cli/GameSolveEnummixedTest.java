package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code game solve --method enummixed} on games beyond the old exhaustive method's cap (C(m+n, m) ≤ 2,000,000, about 11x11). */
class GameSolveEnummixedTest {
  /**
   * A 12x12 coordination game (A = B = identity) has 2^12 − 1 = 4095 equilibria: the uniform mix
   * over each non-empty set of strategies for both players. The old method refused it ("method
   * enummixed cannot solve ..."); every line must be one such profile.
   */
  @Test
  void solve_12x12Coordination_all4095Equilibria(@TempDir Path dir) throws IOException {
    int n = 12;
    StringBuilder nfg = new StringBuilder("NFG 1 R \"coordination 12\" { \"1\" \"2\" } { " + n + " " + n + " }\n");
    for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) nfg.append(i == j ? "1 1 " : "0 0 ");
    Path f = Files.writeString(dir.resolve("coord12.nfg"), nfg.toString());
    var r = CliRunner.run("game", "solve", f.toString(), "--method", "enummixed");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(4095);
    assertThat(lines[0]).isEqualTo("NE,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0");
    assertThat(lines[lines.length - 1]).isEqualTo("NE,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1");
    for (String line : lines) {
      String[] p = line.substring(3).split(",");
      for (int s = 0; s < n; s++) assertThat(p[s]).as(line).isEqualTo(p[n + s]); // same support, same weights
    }
  }

  /** A random 15x15 game (payoffs 0..99): lrsnash finds 47 equilibria in it (checked with lrslib 7.1). */
  @Test
  void solve_random15x15_sameCountAsLrsnash(@TempDir Path dir) throws IOException {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 15;
    int[][] a = new int[n][n];
    int[][] b = new int[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = rnd.nextInt(100);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) b[i][j] = rnd.nextInt(100);
    StringBuilder nfg = new StringBuilder("NFG 1 R \"random 15\" { \"1\" \"2\" } { 15 15 }\n");
    for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) nfg.append(a[i][j]).append(' ').append(b[i][j]).append(' ');
    Path f = Files.writeString(dir.resolve("random15.nfg"), nfg.toString());
    var r = CliRunner.run("game", "solve", f.toString(), "--method", "enummixed", "--format", "table");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("random 15: " + LRSNASH_COUNT + " equilibria (enummixed)\n");
  }

  static final int LRSNASH_COUNT = 47;
}
