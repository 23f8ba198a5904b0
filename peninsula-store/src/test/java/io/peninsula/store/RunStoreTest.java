package io.peninsula.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
  static StoredRun run(int k, String result) {
    Instant t = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(k);
    return new StoredRun("", "forecast", "[\"forecast\"]", "bdm", "{\"variant\":\"scholz2011\"}", "korea-2025", "korea-2025",
        "yaml", "abc" + k, "id: korea-2025\n", 42L + k, "0.1.0", "17", t, t.plusMillis(1500), "local", result);
  }

  @Test
  void record_thenListGetExport_roundTrip(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("sub/runs.duckdb");
    String id;
    try (RunStore s = RunStore.open(db)) {
      id = s.record(run(1, "{\"outcome\": 1.5}"));
      s.record(run(2, "{\"outcome\": 2.5}"));
    }
    try (RunStore s = RunStore.open(db)) {
      assertThat(s.list()).hasSize(2);
      StoredRun r = s.get(id).orElseThrow();
      assertThat(r.withId("")).isEqualTo(run(1, r.resultJson()));
      assertThat(r.resultJson().replace(" ", "")).isEqualTo("{\"outcome\":1.5}");
      assertThat(r.seconds()).isEqualTo(1.5);
      Path pq = dir.resolve("run.parquet");
      s.exportParquet(id, pq);
      assertThat(Files.size(pq)).isPositive();
      try (var c = DriverManager.getConnection("jdbc:duckdb:");
          ResultSet rs = c.createStatement().executeQuery("SELECT id, model, seed FROM read_parquet('" + pq + "')")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(id);
        assertThat(rs.getString(2)).isEqualTo("bdm");
        assertThat(rs.getLong(3)).isEqualTo(43L);
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void open_notADuckDbFile_explains(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("junk.duckdb");
    Files.writeString(f, "this is not a database, just text that is long enough to have a header".repeat(100));
    assertThatThrownBy(() -> RunStore.open(f)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open run store " + f + ": ");
  }

  @Test
  void killedWriter_leavesReadableStoreWithWholeRunsOnly(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("runs.duckdb");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StoreWriterMain.class.getName(), db.toString())
        .redirectErrorStream(true).start();
    // wait until the child has written some runs, then kill it in the middle of its loop
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
    int written = 0;
    String line;
    while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
      if (line.startsWith("stored ")) written++;
      if (written >= 20) break;
    }
    assertThat(written).as("child wrote runs").isGreaterThanOrEqualTo(20);
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    try (RunStore s = RunStore.open(db)) {
      var runs = s.list();
      assertThat(runs.size()).isGreaterThanOrEqualTo(20);
      for (StoredRun r : runs) {
        // every stored run is whole: its large result is complete and its fields consistent
        assertThat(r.resultJson()).startsWith("{\"payload\":").endsWith("\"end\":true}");
        assertThat(r.resultJson()).contains("\"n\":" + r.seed());
      }
    }
  }
}
