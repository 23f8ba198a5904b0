package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and oversized inputs: each ends in a located error and exit 2, before any large allocation. */
class LimitsCliTest {
  static CliRunner.Result run(String... args) {
    return CliRunner.run(args);
  }

  @Test
  void nfgDeclaring100000x100000Strategies_isRefusedAtOnce(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("huge.nfg");
    Files.writeString(f, "NFG 1 R \"huge\" { \"1\" \"2\" } { 100000 100000 }\n1 2\n");
    var r = run("game", "solve", f.toString(), "--method", "enumpure");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(f + ":1:30: the game has 100000 × 100000 strategy profiles, more than the limit of 16777216;"
        + " raise it with PENINSULA_MAX_PROFILES=N if this machine has the memory (about 100 bytes per profile)\n");
  }

  @Test
  void nfgNumberWithHugeExponent_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("e.nfg");
    Files.writeString(f, "NFG 1 R \"e\" { \"1\" \"2\" } { 1 1 }\n1e999999999 2\n");
    var r = run("game", "show", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(f + ":2:1: the exponent of \"1e999999999\" is beyond ±1000; write the number without such an exponent\n");
  }

  @Test
  void efgDeeperThanTheBound_isRefused(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder("EFG 2 R \"deep\" { \"1\" } \"\"\n");
    b.append("p \"\" 1 1 \"s\" { \"a\" } 0\n");
    for (int k = 0; k < 3000; k++) b.append("p \"\" 1 1 0\n");
    b.append("t \"\" 0\n");
    Path f = dir.resolve("deep.efg");
    Files.writeString(f, b.toString());
    var r = run("game", "show", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(f + ":2002:1: the tree is deeper than 2000 levels here; such a game is beyond what peninsula reads\n");
  }

  @Test
  void yamlNestedDeeperThan64_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("deep.yaml");
    Files.writeString(f, "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    var r = run("validate", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith(f + ": malformed YAML: Document nesting depth (65) exceeds the maximum allowed (64");
  }

  @Test
  void yamlAliasBomb_isNotExpanded(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'i'; c++) {
      b.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append("*").append(prev).append("]\n");
      prev = String.valueOf(c);
    }
    b.append("actors: *i\n");
    Path f = dir.resolve("bomb.yaml");
    Files.writeString(f, b.toString());
    var r = run("validate", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":10:9: actors: ");
  }

  @Test
  void inputFileAboveTheSizeLimit_isRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("big.yaml");
    Files.writeString(f, "# " + "x".repeat(2 * 1024 * 1024) + "\n");
    System.setProperty("peninsula.limits.file-mb", "1");
    try {
      var r = run("validate", f.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo(f + ": the file is 2.0 MB, above the input limit of 1.0 MB;"
          + " raise it with PENINSULA_MAX_FILE_MB=N if the file is what you meant\n" + f + ": 1 problem\n");
    } finally {
      System.clearProperty("peninsula.limits.file-mb");
    }
  }

  @Test
  void scenarioAboveTheActorsTimesIssuesLimit_isRefused() {
    System.setProperty("peninsula.limits.cells", "5");
    try {
      var r = run("forecast", CliTest.MINI, "--no-store");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo(CliTest.MINI + ": the scenario has 3 actors × 2 issues = 6 cells, more than the limit of 5;"
          + " raise it with PENINSULA_MAX_CELLS=N\n");
    } finally {
      System.clearProperty("peninsula.limits.cells");
    }
  }

  @Test
  void nanAndInfinityInInputs_areLocatedErrors(@TempDir Path dir) throws Exception {
    Path decide = dir.resolve("nan.txt");
    Files.writeString(decide, "'#A'\t'a1'\t'A'\t''\n'#P'\t'p'\t'P'\n'#M'\t'p'\t0\t'low'\n'#M'\t'p'\t10\t'high'\n'#D'\t'a1'\t'p'\tNaN\t0.7\t1.0\n");
    var r = run("validate", decide.toString(), "--input-format", "decide");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith(decide + ":5:4: position: 'NaN' is not a finite number (NaN and infinities are not accepted)\n");
    Path bdm = dir.resolve("inf.csv");
    Files.writeString(bdm, "Actor,Capability,Position,Salience\nA,Infinity,50,0.5\nB,1,40,0.5\n");
    r = run("validate", bdm.toString(), "--input-format", "bdm-csv");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith(bdm + ":2:3: Capability: ");
    Path yaml = dir.resolve("nan.yaml");
    Files.writeString(yaml, Files.readString(Path.of(CliTest.MINI)).replaceFirst("salience: [0-9.]+", "salience: .nan"));
    r = run("validate", yaml.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(yaml + ":41:61: malformed YAML: Malformed numeric value '.nan'\n" + yaml + ": 1 problem\n");
  }

  @Test
  void sensitivityWhoseSamplesWouldNotFitInMemory_isRefusedWithTheEstimate() {
    var r = run("sensitivity", "--samples", "2000000000", "--no-store", "--method", "sobol");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: sensitivity would hold about ").contains(" GB in memory for 2000000000 samples × ")
        .contains("lower --samples, or give Java more memory (PENINSULA_JAVA_OPTS=-Xmx…)");
  }

  /**
   * Capabilities near Double.MAX_VALUE used to make the bdm and compromise sums overflow to NaN
   * (printed as a forecast of "NaN"); now the output is finite and equals that of the same actors
   * with capabilities 2^1000 times smaller. Every printed figure is checked finite
   * (NonFiniteResultException, exit 1), so a NaN cannot reach the table again unnoticed.
   */
  @Test
  void hugeCapabilities_forecastFiniteAndAsIfScaledDown(@TempDir Path dir) throws Exception {
    // one file name in two folders: the file name names the issue in the output
    Path huge = Files.createDirectories(dir.resolve("huge")).resolve("issue.csv");
    Path small = Files.createDirectories(dir.resolve("small")).resolve("issue.csv");
    double[] caps = {Math.scalb(1.5, 1023), Math.scalb(1.25, 1022), Math.scalb(1.75, 1020), Math.scalb(1.0, 1021)};
    String[] pos = {"10", "35", "80", "100"};
    StringBuilder h = new StringBuilder("Actor,Capability,Position,Salience\n");
    StringBuilder s = new StringBuilder(h);
    for (int k = 0; k < caps.length; k++) {
      h.append("A").append(k).append(',').append(caps[k]).append(',').append(pos[k]).append(",0.").append(5 + k).append('\n');
      s.append("A").append(k).append(',').append(Math.scalb(caps[k], -1000)).append(',').append(pos[k]).append(",0.").append(5 + k).append('\n');
    }
    Files.writeString(huge, h);
    Files.writeString(small, s);
    for (String model : new String[] {"bdm", "compromise"}) {
      var big = run("forecast", huge.toString(), "--input-format", "bdm-csv", "--model", model, "--format", "csv", "--no-store");
      var ref = run("forecast", small.toString(), "--input-format", "bdm-csv", "--model", model, "--format", "csv", "--no-store");
      assertThat(big.exit()).as(model + ": " + big.err()).isZero();
      assertThat(big.out()).as(model).doesNotContain("NaN").doesNotContain("Infinity").isEqualTo(ref.out());
    }
  }
}
