package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * mini-events.yaml (see its header for the hand computation): posture is 48 today and 16 once A
 * cuts (probability 0.5 a year); sanctions 6.666667 until the relief event, which needs the cut in
 * an earlier year, so year 1 cannot see it.
 */
class SimulateCommandTest {
  static final String EVENTS = CliTest.FIXTURES.resolve("mini-events.yaml").toString();

  @Test
  void simulate_csv_headerTodayRowAndHandComputedYearOne() {
    var r = CliRunner.run("simulate", EVENTS, "--years", "3", "--runs", "400", "--threads", "1", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("year,issue,mean,p05,p50,p95,p_changed,sd");
    assertThat(lines).hasSize(1 + 4 * 2);
    assertThat(lines[1]).isEqualTo("2025,posture,48,48,48,48,0,0");
    assertThat(lines[2]).isEqualTo("2025,sanctions,6.666667,6.666667,6.666667,6.666667,0,0");
    assertThat(lines[3]).startsWith("2026,posture,").contains(",16,").endsWith(",48," + lines[3].split(",")[6] + "," + lines[3].split(",")[7]);
    assertThat(lines[4]).isEqualTo("2026,sanctions,6.666667,6.666667,6.666667,6.666667,0,0");
    assertThat(r.err()).contains("simulate: 40/400 runs (10%)").contains("simulate: 400/400 runs (100%)");
  }

  @Test
  void simulate_threads1And2_identicalOutput() {
    var one = CliRunner.run("simulate", EVENTS, "--years", "4", "--runs", "300", "--threads", "1", "--seed", "7", "--format", "json");
    var two = CliRunner.run("simulate", EVENTS, "--years", "4", "--runs", "300", "--threads", "2", "--seed", "7", "--format", "json");
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(two.out().replace("\"threads\" : 2", "\"threads\" : 1")).isEqualTo(one.out());
    assertThat(one.out()).contains("\"event\" : \"relief\"").contains("\"scenario\" : \"mini-events\"");
  }

  @Test
  void simulate_table_showsEventsAndArmsLine() {
    var r = CliRunner.run("simulate", EVENTS, "--years", "2", "--runs", "50");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("arms: none (capabilities stay as in the scenario")
        .contains("events: share of runs in which each happened (first year, by 2027)")
        .contains("relief    1.00    0.000");
  }

  @Test
  void simulate_armsActorUnknown_exit2ListsActors() {
    var r = CliRunner.run("simulate", EVENTS, "--arms", "X=USA,A=CHN");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --arms names actor \"X\", which the scenario does not have (actors: A, B, C)\n");
  }

  @Test
  void simulate_zeroYears_exit2() {
    var r = CliRunner.run("simulate", EVENTS, "--years", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --years must be in [1, 200], got 0\n");
  }

  @Test
  void simulate_korea2025WithArms_runsAndNamesTheFit() {
    var r = CliRunner.run("simulate", "korea-2025", "--years", "2", "--runs", "20", "--arms", "USA=USA,PRC=CHN");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("arms: USA (USA) and PRC (CHN), Richardson fitted to sipri 1989-2018");
  }
}
