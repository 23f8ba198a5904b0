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
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "morris", "--format", "csv", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    var lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("issue,input,mu_star,sigma");
    // mini varies 5 positions, 5 saliences, 3 capabilities: 13 inputs on each of 2 issues
    assertThat(lines).hasSize(1 + 2 * 13);
    double first = Double.parseDouble(lines.get(1).split(",")[2]);
    double second = Double.parseDouble(lines.get(2).split(",")[2]);
    assertThat(first).isGreaterThanOrEqualTo(second);
  }

  @Test
  void sensitivity_unknownMethod_exit2() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "fast", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown --method \"fast\" (allowed: morris, sobol)\n");
  }
}
