package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {
  @Test
  void forecast_isStored_listedAndRerunIdentically(@TempDir Path dir) throws Exception {
    String store = dir.resolve("runs.duckdb").toString();
    var f = CliRunner.run("forecast", "korea-2025", "--model", "bdm", "--store", store);
    assertThat(f.exit()).as(f.err()).isZero();
    assertThat(f.err()).startsWith("run ").contains(" stored in " + store);
    String id = f.err().substring(4, f.err().indexOf(' ', 4));

    var list = CliRunner.run("runs", "list", "--store", store, "--format", "csv");
    assertThat(list.exit()).isZero();
    var lines = list.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("id,command,model,scenario,started,seconds");
    assertThat(lines.get(1)).startsWith(id + ",forecast,bdm,korea-2025,");

    var show = CliRunner.run("runs", "show", id, "--store", store);
    assertThat(show.out()).contains("command:   peninsula forecast korea-2025 --model bdm --store " + store)
        .contains("\"model\" : \"bdm\"");

    var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
    assertThat(rerun.exit()).as(rerun.out()).isZero();
    assertThat(rerun.out()).startsWith("rerun of " + id + ": identical result");
    try (RunStore s = RunStore.open(Path.of(store))) {
      assertThat(s.list()).as("rerun stores nothing").hasSize(1);
    }

    Path out = dir.resolve("export");
    assertThat(CliRunner.run("runs", "export", id, "--out", out.toString(), "--store", store).exit()).isZero();
    assertThat(Files.size(out.resolve("forecast.parquet"))).isPositive();
    assertThat(Files.size(out.resolve("runs.parquet"))).isPositive();
  }

  /** simulate --arms and game build are on services: their stored typed requests re-run to the same result. */
  @Test
  void simulateWithArms_andGameBuild_rerunIdentically(@TempDir Path dir) {
    String store = dir.resolve("runs.duckdb").toString();
    var sim = CliRunner.run("simulate", "--years", "2", "--runs", "10", "--threads", "2", "--arms", "USA=USA,PRC=CHN", "--format", "json",
        "--store", store);
    assertThat(sim.exit()).as(sim.err()).isZero();
    assertThat(sim.out()).contains("\"spectral_radius\"");
    String simId = storedId(sim.err());
    var game = CliRunner.run("game", "build", "deterrence", "--tripwire-cost", "0.2", "--robustness", "--explain", "--store", store);
    assertThat(game.exit()).as(game.err()).isZero();
    String gameId = storedId(game.err());
    for (String id : new String[] {simId, gameId}) {
      var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
      assertThat(rerun.exit()).as(rerun.out() + rerun.err()).isZero();
      assertThat(rerun.out()).startsWith("rerun of " + id + ": identical result");
    }
    var list = CliRunner.run("runs", "list", "--store", store);
    assertThat(list.out()).contains("simulate").contains("game build");
  }

  private static String storedId(String err) {
    var m = java.util.regex.Pattern.compile("(?m)^run (\\S+) stored in ").matcher(err);
    assertThat(m.find()).as(err).isTrue();
    return m.group(1);
  }

  @Test
  void rerun_tamperedResult_reportsTheDifference(@TempDir Path dir) throws Exception {
    String store = dir.resolve("runs.duckdb").toString();
    var f = CliRunner.run("forecast", CliTest.MINI, "--store", store);
    String id = f.err().substring(4, f.err().indexOf(' ', 4));
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store)) {
      c.createStatement().execute("UPDATE runs SET result = replace(result::VARCHAR, '48.0', '49.0')::JSON");
    }
    var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
    assertThat(rerun.exit()).isEqualTo(1);
    assertThat(rerun.out()).contains("result DIFFERS; first difference at /outcomes/0/outcome: 49.0 vs 48.0");
  }

  @Test
  void runs_unknownId_exit2(@TempDir Path dir) {
    var r = CliRunner.run("runs", "show", "nope", "--store", dir.resolve("r.duckdb").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: no run \"nope\" in ");
  }

  @Test
  void forecast_noStore_printsNothingOnStderr() {
    var r = CliRunner.run("forecast", CliTest.MINI, "--no-store");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }
}
