package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * mini.yaml, compromise model, issue posture: A 100 (weight 2×0.5 = 1), B 0 (1×1 = 1), C 40
 * (1×0.5 = 0.5): baseline 120/2.5 = 48. Without A 20/1.5 = 13.333 (−34.667); without B 120/1.5 =
 * 80 (+32); without C 100/2 = 50 (+2); A salience 1: 220/3.5 = 62.857 (+14.857); C salience 1:
 * 140/3 = 46.667 (−1.333); B already has salience 1 (0).
 */
class PivotalCommandTest {
  @Test
  void pivotal_csv_handComputedRowsSortedByShift() {
    var r = CliRunner.run("pivotal", CliTest.MINI, "--issue", "posture", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(String.join("\n",
        "issue,actor,change,baseline,outcome,shift",
        "posture,A,removed,48,13.333333,-34.666667",
        "posture,A,salience=0,48,13.333333,-34.666667",
        "posture,B,removed,48,80,32",
        "posture,B,salience=0,48,80,32",
        "posture,A,salience=1,48,62.857143,14.857143",
        "posture,C,removed,48,50,2",
        "posture,C,salience=0,48,50,2",
        "posture,C,salience=1,48,46.666667,-1.333333",
        "posture,B,salience=1,48,48,0", ""));
  }

  @Test
  void pivotal_table_namesModelAndShowsSignedShifts() {
    var r = CliRunner.run("pivotal", CliTest.MINI, "--issue", "posture");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("model compromise, scenario " + CliTest.MINI + "\n").contains("+32.00").contains("-34.67");
  }

  @Test
  void pivotal_unknownIssue_exit2() {
    var r = CliRunner.run("pivotal", CliTest.MINI, "--issue", "nukes");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown issue \"nukes\" in " + CliTest.MINI + " (issues: posture, sanctions)\n");
  }
}
