package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mini.yaml (2 options × 2 issues), compromise model. Hand computation for compare: baseline
 * posture (2·0.5·100 + 1·1·0 + 1·0.5·40)/2.5 = 48, sanctions (2·10 + 1·0)/3 = 6.666667; option
 * withdraw (A: 50, salience 0.25, capability 1; C: capability 2, sanctions 5; B removed; D at 20
 * with weight 0.2): posture (12.5 + 40 + 4)/1.45 = 38.965517, sanctions (10 + 10)/3 unchanged.
 * A's utility at its baseline preferences: −(0.5·52/100 + 3.333/10) = −0.593333 → −(0.5·61.034/100 + 0.3333) = −0.638506.
 */
class MonteCarloCommandTest {
  @Test
  void montecarlo_csv_exactHeaderAndOneRowPerOptionAndIssue() {
    var r = CliRunner.run("montecarlo", CliTest.MINI, "--samples", "300", "--threads", "2", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("option,issue,model,samples,mean,sd,p05,p50,p95");
    assertThat(lines).hasSize(1 + 2 * 2);
    assertThat(lines[1]).startsWith("baseline,posture,compromise,300,");
    assertThat(lines[4]).startsWith("withdraw,sanctions,compromise,300,");
    assertThat(r.err()).contains("montecarlo: 30/300 samples (10%)").contains("montecarlo: 300/300 samples (100%)");
  }

  @Test
  void montecarlo_threads1And3_identicalOutput() {
    var one = CliRunner.run("montecarlo", CliTest.MINI, "--samples", "700", "--threads", "1", "--seed", "9", "--format", "json");
    var three = CliRunner.run("montecarlo", CliTest.MINI, "--samples", "700", "--threads", "3", "--seed", "9", "--format", "json");
    assertThat(one.exit()).isZero();
    assertThat(GameCommandTest.result(three.out()).replace("\"threads\" : 3", "\"threads\" : 1")).isEqualTo(GameCommandTest.result(one.out()));
  }

  @Test
  void montecarlo_table_showsProbabilityBetterOff() {
    var r = CliRunner.run("montecarlo", CliTest.MINI, "--samples", "200");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("P(better off than baseline)").contains("[2] withdraw: A withdraws");
  }

  @Test
  void montecarlo_unknownOption_exit2ListsOptions() {
    var r = CliRunner.run("montecarlo", CliTest.MINI, "--options", "baseline,nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown option \"nope\" in --options (options of " + CliTest.MINI + ": baseline, withdraw; or all)\n");
  }

  @Test
  void compare_csv_handComputed() {
    var r = CliRunner.run("compare", CliTest.MINI, "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("option,kind,id,baseline,value,change\n")
        .contains("baseline,outcome,posture,48,48,0\n")
        .contains("withdraw,outcome,posture,48,38.965517,-9.034483\n")
        .contains("withdraw,outcome,sanctions,6.666667,6.666667,0\n")
        .contains("withdraw,utility,A,-0.593333,-0.638506,-0.045172\n");
    assertThat(r.out().split("\n")).hasSize(1 + 2 * (2 + 3));
  }

  @Test
  void compare_table_onlyChosenOption() {
    var r = CliRunner.run("compare", CliTest.MINI, "--options", "withdraw");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("[1] withdraw: A withdraws").doesNotContain("[2]").contains("39.0 (-9.0)");
  }

  @Test
  void montecarlo_stored_rerunGivesIdenticalResult(@TempDir Path dir) {
    String store = dir.resolve("runs.duckdb").toString();
    var r = CliRunner.run("montecarlo", CliTest.MINI, "--samples", "150", "--threads", "2", "--format", "csv", "--store", store);
    assertThat(r.exit()).as(r.err()).isZero();
    String line = r.err().lines().filter(l -> l.startsWith("run ")).findFirst().orElseThrow();
    assertThat(line).contains(" stored in " + store);
    String id = line.substring(4, line.indexOf(' ', 4));
    var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
    assertThat(rerun.exit()).as(rerun.out()).isZero();
    assertThat(rerun.out()).startsWith("rerun of " + id + ": identical result (montecarlo, model compromise, seed 0)");
  }
}
