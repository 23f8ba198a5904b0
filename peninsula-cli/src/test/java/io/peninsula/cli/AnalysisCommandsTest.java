package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisCommandsTest {
  @Test
  void levers_csv_closedFormOnMiniScenario() {
    // mini: posture x̂ = 48 with weights A 1, B 1, C 0.5 (W 2.5); C must move by 2·2.5/0.5 = 10 to reach 50
    var r = CliRunner.run("levers", CliTest.MINI, "--issue", "posture", "--target", "50", "--format", "csv", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst()).contains("actor,lever,from,to,change,outcome,reachable");
    assertThat(r.out()).contains("\nC,position,40,50,10,50,true\n");
  }

  @Test
  void levers_targetOffScale_exit2() {
    var r = CliRunner.run("levers", CliTest.MINI, "--issue", "posture", "--target", "150", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --target 150 is outside the scale of posture [0, 100]\n");
  }

  @Test
  void levers_unknownIssue_exit2() {
    var r = CliRunner.run("levers", CliTest.MINI, "--issue", "nukes", "--target", "5", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unknown issue \"nukes\"");
  }

  @Test
  void sensitivity_morrisCsv_rowPerIssueAndInputSortedByMuStar() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "morris", "--format", "csv", "--top", "100", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    var lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("issue,input,mu_star,mu_star_low,mu_star_high,sigma");
    // mini varies 5 positions, 5 saliences, 3 capabilities: 13 inputs on each of 2 issues
    assertThat(lines).hasSize(1 + 2 * 13);
    double first = Double.parseDouble(lines.get(1).split(",")[2]);
    double second = Double.parseDouble(lines.get(2).split(",")[2]);
    assertThat(first).isGreaterThanOrEqualTo(second);
    String[] f = lines.get(1).split(",");
    assertThat(Double.parseDouble(f[3])).isLessThanOrEqualTo(first);
    assertThat(Double.parseDouble(f[4])).isGreaterThanOrEqualTo(first);
  }

  @Test
  void sensitivity_top_limitsCsvAndJsonToo() {
    var csv = CliRunner.run("sensitivity", CliTest.MINI, "--method", "morris", "--format", "csv", "--top", "3", "--no-store");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out().lines()).hasSize(1 + 2 * 3);
    var json = CliRunner.run("sensitivity", CliTest.MINI, "--method", "morris", "--format", "json", "--top", "2", "--no-store");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out().split("\"input\" :", -1)).hasSize(1 + 2 * 2);
  }

  @Test
  void sensitivity_sobolCsv_hasIntervalsForBothIndices() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "64", "--format", "csv", "--top", "1", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    var lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("issue,input,total,total_low,total_high,first,first_low,first_high");
    assertThat(lines).hasSize(3);
    String[] f = lines.get(1).split(",");
    assertThat(Double.parseDouble(f[3])).isLessThan(Double.parseDouble(f[2]));
    assertThat(Double.parseDouble(f[7])).isGreaterThan(Double.parseDouble(f[5]));
  }

  @Test
  void sensitivity_unknownMethod_exit2() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "fast", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown --method \"fast\" (allowed: morris, sobol)\n");
  }
}
