package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.store.TableFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runs export}: each stored run's result comes back from Parquet (read with DuckDB) as the
 * rows and columns of its command's {@code --format csv}, behind a {@code run} column; provenance
 * is the {@code runs} table.
 */
class RunsExportTest {
  private static final String[][] COMMANDS = {
    {"forecast", "forecast", "--model", "bdm"},
    {"montecarlo", "montecarlo", "--samples", "30", "--threads", "2"},
    {"compare", "compare"},
    {"pivotal", "pivotal", "--model", "compromise", "--issue", "force_posture"},
    {"levers", "levers", "--issue", "opcon", "--target", "80"},
    {"simulate", "simulate", "--years", "2", "--runs", "10", "--threads", "2"},
    {"arms-fit", "arms", "fit", "--dyad", "USA,CHN", "--bootstrap", "50"},
  };

  @Test
  void everyCommandsTable_isItsCsv_withTheRunId(@TempDir Path dir) throws Exception {
    String store = dir.resolve("runs.duckdb").toString();
    List<String> ids = new ArrayList<>();
    List<String> csvs = new ArrayList<>();
    for (String[] c : COMMANDS) {
      List<String> args = new ArrayList<>(List.of(c).subList(1, c.length));
      args.addAll(List.of("--format", "csv", "--store", store));
      var r = CliRunner.run(args.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isZero();
      var m = Pattern.compile("(?m)^run (\\S+) stored in ").matcher(r.err());
      assertThat(m.find()).as(r.err()).isTrue();
      ids.add(m.group(1));
      csvs.add(r.out());
    }
    Path out = dir.resolve("tables");
    var export = CliRunner.run("runs", "export", "--all", "--out", out.toString(), "--store", store);
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).startsWith("wrote " + out.resolve("runs.parquet") + " (7 rows: run,command,args,model,");

    for (int k = 0; k < COMMANDS.length; k++) {
      String table = COMMANDS[k][0];
      TableFile t = TableFile.readParquet(table, out.resolve(table + ".parquet"));
      List<String> lines = csvs.get(k).lines().toList();
      List<String> header = List.of(lines.get(0).split(",", -1));
      assertThat(t.columns().get(0).name()).isEqualTo("run");
      assertThat(t.columns().subList(1, t.columns().size()).stream().map(TableFile.Column::name).toList()).as(table).isEqualTo(header);
      assertThat(t.rows()).as(table).hasSize(lines.size() - 1);
      for (int i = 1; i < lines.size(); i++) {
        List<Object> row = t.rows().get(i - 1);
        assertThat(row.get(0)).isEqualTo(ids.get(k));
        String[] cells = lines.get(i).split(",", -1);
        for (int j = 0; j < cells.length; j++) {
          Object v = row.get(j + 1);
          String where = table + " row " + i + " column " + header.get(j);
          if (cells[j].isEmpty()) assertThat(v).as(where).isNull();
          else if (v instanceof Double d) assertThat(d).as(where).isCloseTo(Double.parseDouble(cells[j]), within(tolerance(table, d)));
          else if (v instanceof Long l) assertThat(l).as(where).isEqualTo(Long.parseLong(cells[j]));
          else assertThat(v).as(where).isEqualTo(cells[j]);
        }
      }
    }

    TableFile runs = TableFile.readParquet("runs", out.resolve("runs.parquet"));
    assertThat(runs.rows()).extracting(r -> r.get(0)).containsExactlyElementsOf(ids);
    assertThat(runs.rows()).extracting(r -> r.get(1)).containsExactly("forecast", "montecarlo", "compare", "pivotal", "levers", "simulate",
        "arms fit");
    assertThat(runs.rows().get(0).get(3)).isEqualTo("bdm");

    Path csvDir = dir.resolve("csv");
    var two = CliRunner.run("runs", "export", ids.get(0), ids.get(3), "--out", csvDir.toString(), "--format", "csv", "--store", store);
    assertThat(two.exit()).as(two.err()).isZero();
    assertThat(Files.readAllLines(csvDir.resolve("forecast.csv")).get(0)).isEqualTo("run,round,actor,dimension,position");
    assertThat(Files.readAllLines(csvDir.resolve("runs.csv"))).hasSize(3);
    assertThat(Files.exists(csvDir.resolve("montecarlo.csv"))).isFalse();
  }

  /** A Sobol run on shifted replicates exports its CSV's columns too, the two interval columns included. */
  @Test
  void sensitivityWithReplicates_tableIsItsCsv(@TempDir Path dir) throws Exception {
    String store = dir.resolve("runs.duckdb").toString();
    var r = CliRunner.run("sensitivity", CliTest.MINI, "--method", "sobol", "--samples", "16", "--replicates", "2", "--top", "2",
        "--format", "csv", "--store", store);
    assertThat(r.exit()).as(r.err()).isZero();
    Path out = dir.resolve("tables");
    var export = CliRunner.run("runs", "export", "--all", "--out", out.toString(), "--store", store);
    assertThat(export.exit()).as(export.err()).isZero();
    TableFile t = TableFile.readParquet("sensitivity", out.resolve("sensitivity.parquet"));
    List<String> lines = r.out().lines().toList();
    assertThat(t.columns().stream().map(TableFile.Column::name).toList())
        .isEqualTo(java.util.stream.Stream.concat(java.util.stream.Stream.of("run"), java.util.Arrays.stream(lines.get(0).split(","))).toList());
    assertThat(t.rows()).hasSize(lines.size() - 1).allSatisfy(row -> assertThat(row.subList(row.size() - 2, row.size()))
        .containsExactly("replicates", 2L));
  }

  /**
   * How far the exported value may be from the CSV cell: the export keeps full precision, the CSV
   * rounds — most commands to 6 decimals (1e-6 relative), arms fit its RMSEs to 4 ({@code
   * Numbers.fixed(x, 4)}: half a unit of the 4th decimal).
   */
  private static double tolerance(String table, double value) {
    return table.equals("arms-fit") ? 0.5e-4 * (1 + 1e-9) : 1e-6 * Math.max(1, Math.abs(value));
  }

  @Test
  void idsAndAll_exclusive_exit2(@TempDir Path dir) {
    var r = CliRunner.run("runs", "export", "--out", dir.toString(), "--store", dir.resolve("r.duckdb").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: give run IDs or --all (not both)\n");
  }
}
