package io.peninsula.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.runs.TidyExport;
import io.peninsula.store.TableFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/runs/{id}/export}: a stored run comes back as the file {@code peninsula runs
 * export ID} writes for it ({@link TidyExport#export}, the CLI's code path): its command's tidy
 * table, the {@code run} column first, one row per record of its result; with {@code ?table=runs}
 * its provenance row. Parquet downloads are read back with DuckDB.
 */
class RunExportApiTest {
  @TempDir static Path dir;
  static Path store;
  static WorkbenchServer server;
  static Http http;

  @BeforeAll
  static void start() {
    store = dir.resolve("runs.duckdb");
    server = WorkbenchServer.start(WorkbenchOptions.local(0, store));
    http = new Http(server.url(), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void forecast_isItsTrajectory_asRunsExportWritesIt() throws Exception {
    String id = stored(http.post("/api/forecast", "{\"scenario\":\"korea-2025\",\"model\":\"bdm\"}"));
    var csv = csv(id, "forecast", "run,round,actor,dimension,position");
    assertThat(csv.body().lines().count()).isEqualTo(1L + result(id).get("trajectory").size());
    parquet(id, "forecast");
  }

  @Test
  void montecarlo_isOneRowPerOptionAndIssue_asRunsExportWritesIt() throws Exception {
    var job = http.post("/api/jobs", "{\"kind\":\"montecarlo\",\"samples\":48,\"options\":\"all\",\"seed\":3}");
    assertThat(job.status()).isEqualTo(202);
    String id = waitFor(job.json().get("id").asText()).get("run").asText();
    var csv = csv(id, "montecarlo", "run,option,issue,model,samples,mean,sd,p05,p50,p95");
    JsonNode issues = result(id).get("issues");
    assertThat(issues.size()).isGreaterThan(10);
    assertThat(csv.body().lines().count()).isEqualTo(1L + issues.size());
    assertThat(csv.body().lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",compromise,48,"));
    parquet(id, "montecarlo");
  }

  @Test
  void compare_isOutcomeThenUtilityRowsPerOption_asRunsExportWritesIt() throws Exception {
    String id = stored(http.post("/api/compare", "{\"scenario\":\"korea-2025\",\"options\":\"all\"}"));
    var csv = csv(id, "compare", "run,option,kind,id,baseline,value,change");
    long rows = 0;
    for (JsonNode o : result(id).get("options")) rows += o.get("outcomes").size() + o.get("utilities").size();
    assertThat(rows).isGreaterThan(20);
    assertThat(csv.body().lines().count()).isEqualTo(1 + rows);
    parquet(id, "compare");
  }

  /** Game runs have no {@code rows} field; their table is the equilibria (the old web export gave an empty file). */
  @Test
  void gameSolve_isItsEquilibria_notEmpty() throws Exception {
    String id = stored(http.post("/api/games/solve", Json.write(Map.of("game_text", RestApiTest.PD, "method", "enumpure"))));
    JsonNode equilibria = result(id).get("equilibria");
    assertThat(equilibria.size()).isEqualTo(1);
    var csv = http.get("/api/runs/" + id + "/export?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).isEqualTo(runsExport(id, "csv", "game-solve"));
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("run,");
    assertThat(lines.get(1)).startsWith(id + ",");
    TableFile t = parquet(id, "game-solve");
    assertThat(t.rows()).hasSize(1);
  }

  @Test
  void tableRuns_isTheProvenanceRow_asRunsExportWritesIt() throws Exception {
    String id = stored(http.post("/api/forecast", "{\"scenario\":\"korea-2019\",\"model\":\"compromise\"}"));
    var csv = http.get("/api/runs/" + id + "/export?format=csv&table=runs");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + "-runs.csv\"");
    assertThat(csv.body()).isEqualTo(runsExport(id, "csv", "runs"));
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("run,command,args,model,variant,parameters,options,seed,threads,scenario_id,");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith(id + ",forecast,");
    var pq = http.bytes("/api/runs/" + id + "/export?format=parquet&table=runs");
    TableFile runs = TableFile.readParquet("runs", Files.write(dir.resolve(id + "-runs.parquet"), pq.body()));
    assertThat(runs.rows()).hasSize(1);
    assertThat(runs.rows().get(0).subList(0, 2)).containsExactly(id, "forecast");
    assertThat(runs.rows().get(0).get(3)).isEqualTo("compromise");
  }

  @Test
  void unknownFormatOrTable_is400NamingTheField_unknownRunIs404() {
    String id = stored(http.post("/api/forecast", "{\"scenario\":\"korea-2019\",\"model\":\"compromise\"}"));
    var format = http.get("/api/runs/" + id + "/export?format=xlsx");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.json().get("error").asText()).contains("unknown format \"xlsx\" (allowed: csv, parquet)");
    var table = http.get("/api/runs/" + id + "/export?table=rows");
    assertThat(table.status()).isEqualTo(400);
    assertThat(table.json().get("error").asText()).contains("unknown table \"rows\"");
    assertThat(http.get("/api/runs/19990101-000000-0000/export").status()).isEqualTo(404);
  }

  /** The CSV download: 200, named after the run and table, its header as given, the same bytes as {@code runs export ID --format csv}. */
  private static Http.Answer csv(String id, String table, String header) throws Exception {
    var csv = http.get("/api/runs/" + id + "/export?format=csv");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + id + "-" + table + ".csv\"");
    assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo(header);
    assertThat(csv.body().lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith(id + ","));
    assertThat(csv.body()).isEqualTo(runsExport(id, "csv", table));
    return csv;
  }

  /** The Parquet download, read back with DuckDB: the columns and rows of {@code runs export ID}'s Parquet file. */
  private static TableFile parquet(String id, String table) throws Exception {
    var pq = http.bytes("/api/runs/" + id + "/export?format=parquet");
    assertThat(pq.statusCode()).isEqualTo(200);
    assertThat(pq.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"" + id + "-" + table + ".parquet\"");
    TableFile got = TableFile.readParquet(table, Files.write(dir.resolve(id + "-" + table + ".parquet"), pq.body()));
    Path cli = dir.resolve("cli-" + id);
    TidyExport.export(List.of(new RunLog(store).get(id).orElseThrow()), cli, "parquet");
    TableFile want = TableFile.readParquet(table, cli.resolve(table + ".parquet"));
    assertThat(got.columns()).isEqualTo(want.columns());
    assertThat(got.rows()).isNotEmpty().isEqualTo(want.rows());
    return got;
  }

  /** What {@code peninsula runs export ID --out DIR --format FORMAT} writes into {@code DIR/TABLE.FORMAT}, as text. */
  private static String runsExport(String id, String format, String table) throws Exception {
    Path out = Files.createTempDirectory(dir, "export");
    TidyExport.export(List.of(new RunLog(store).get(id).orElseThrow()), out, format);
    return Files.readString(out.resolve(table + "." + format));
  }

  private static JsonNode result(String id) {
    return http.get("/api/runs/" + id).json().get("result");
  }

  private static String stored(Http.Answer a) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.header("Location").substring("/api/runs/".length());
  }

  private static JsonNode waitFor(String job) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(end)) {
      JsonNode j = http.get("/api/jobs/" + job).json();
      String s = j.get("state").asText();
      if (!s.equals("queued") && !s.equals("running")) {
        assertThat(s).as(j.toString()).isEqualTo("done");
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + job + " did not finish");
  }
}
