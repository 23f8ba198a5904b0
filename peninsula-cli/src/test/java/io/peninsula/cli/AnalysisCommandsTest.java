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

  @Test
  void sensitivity_sobolReplicates_tableSaysHowTheIntervalsWereMade() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "64", "--replicates", "3", "--issue", "sanctions",
        "--top", "3", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        mini: sensitivity by sobol (model compromise, N = 64 × 3 replicates, 2880 forecasts)
        total: share of the outcome's variance due to the input, with its interactions; first: alone
        ± : half-width of the 95 % t-interval, 4.303 × SD / √3, over 3 independently shifted replicates of the design; each index is their mean

        sanctions
        input                    total      ±  first      ±
        -----------------------  -----  -----  -----  -----  ------------------------------
        A position on sanctions  0.432  0.121  0.438  0.088  ##############################
        A capability             0.147  0.048  0.151  0.135  ##########
        C capability             0.144  0.045  0.115  0.039  ##########
        """);
    // the overlap note reads the t-intervals: A capability [0.099, 0.195] and C capability [0.099, 0.189]
    assertThat(r.err()).isEqualTo("peninsula sensitivity: note: sanctions: the 95 % intervals of 1 pair of neighbouring inputs overlap"
        + " (first: A capability and C capability), so their order is not resolved; raise --samples or --replicates to separate them\n");
  }

  @Test
  void sensitivity_sobolReplicates_csvAndJsonNameTheIntervals() {
    var csv = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", "2", "--format", "csv",
        "--top", "1", "--no-store");
    assertThat(csv.exit()).as(csv.err()).isZero();
    var lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("issue,input,total,total_low,total_high,first,first_low,first_high,intervals,replicates");
    assertThat(lines).hasSize(3).allMatch(l -> l.equals(lines.get(0)) || l.endsWith(",replicates,2"));
    var json = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", "2", "--format", "json",
        "--top", "1", "--no-store");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"top\" : 1,\n    \"intervals\" : \"replicates\",\n    \"replicates\" : 2,\n    \"rows\"")
        .contains("\"replicates\" : 2\n    },").doesNotContain("resamples");
  }

  @Test
  void sensitivity_withoutReplicates_csvHasTheSameColumnsAsBefore() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--format", "json", "--top", "1", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"top\" : 1,\n    \"resamples\" : 200,\n    \"rows\"").doesNotContain("replicates").doesNotContain("intervals");
  }

  @Test
  void sensitivity_replicatesWithMorris_exit2() {
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "morris", "--replicates", "3", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: --replicates applies to --method sobol only: Morris' trajectories are independent random draws,"
        + " so its bootstrap intervals already measure their error\n");
  }

  @Test
  void sensitivity_fewerThanTwoReplicates_exit2() {
    for (String r : new String[] {"1", "0", "-4"}) {
      var run = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", r, "--no-store");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("error: --replicates must be at least 2 (a spread needs two replicates), got " + r + "\n");
    }
  }

  @Test
  void sensitivity_sobolReplicates_storedAndRerunIdentically(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String store = dir.resolve("runs.duckdb").toString();
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", "3", "--seed", "7",
        "--store", store);
    assertThat(r.exit()).as(r.err()).isZero();
    var m = java.util.regex.Pattern.compile("(?m)^run (\\S+) stored in ").matcher(r.err());
    assertThat(m.find()).as(r.err()).isTrue();
    var rerun = CliRunner.run("runs", "rerun", m.group(1), "--store", store);
    assertThat(rerun.exit()).as(rerun.out() + rerun.err()).isZero();
    assertThat(rerun.out()).startsWith("rerun of " + m.group(1) + ": identical result");
    // another seed, other shifts: other numbers
    var other = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", "3", "--seed", "8",
        "--no-store", "--format", "csv");
    var same = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", "3", "--seed", "7",
        "--no-store", "--format", "csv");
    assertThat(other.out()).isNotEqualTo(same.out());
  }

  /** korea-2025's cost_sharing outcome leaves its status quo in about 5 % of samples: a note says its indices rest on few rows. */
  @Test
  void sensitivity_rareEventOutcome_noteSaysOnHowFewRowsItsIndicesRest() {
    var r = CliRunner.run("sensitivity", "korea-2025", "--method", "sobol", "--samples", "64", "--issue", "cost_sharing", "--top", "1",
        "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("ROK_PROG position on cost_sharing  1.028  0.030  1.000  0.361");
    assertThat(r.err()).isEqualTo("peninsula sensitivity: note: cost_sharing: the outcome was 50 (the status quo) in 95 % of the 128 forecasts"
        + " of the base samples A and B; it moved in only 6, on which its indices rest; raise --samples, or add --replicates to see their real error\n");
    var morris = CliRunner.run("sensitivity", "korea-2025", "--method", "morris", "--issue", "opcon", "--top", "1", "--no-store");
    assertThat(morris.exit()).as(morris.err()).isZero();
    assertThat(morris.err()).isEqualTo("peninsula sensitivity: note: opcon: the outcome was 50 (the status quo) in all 1510 forecasts along the"
        + " trajectories: it does not move with these inputs, so every effect is 0\n");
  }
}
