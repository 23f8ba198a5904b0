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
  void record_thenListGet_roundTrip(@TempDir Path dir) throws Exception {
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
    }
  }

  @Test
  void open_notADuckDbFile_explains_andLeavesItUntouched(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("junk.duckdb");
    Files.writeString(f, "this is not a database, just text that is long enough to have a header".repeat(100));
    byte[] before = Files.readAllBytes(f);
    assertThatThrownBy(() -> RunStore.open(f)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open run store " + f + ": ")
        .hasMessageContaining("left untouched");
    assertThatThrownBy(() -> RunStore.openReadOnly(f)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open run store " + f + ": ");
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
  }

  @Test
  void open_foreignDuckDbDatabase_refused_andLeftUntouched(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("other.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + f)) {
      c.createStatement().execute("CREATE TABLE invoices (n INTEGER)");
      c.createStatement().execute("INSERT INTO invoices VALUES (7)");
    }
    assertThatThrownBy(() -> RunStore.open(f)).isInstanceOf(StoreException.class)
        .hasMessage("run store " + f + " is a DuckDB database but not a peninsula run store (it holds tables invoices);"
            + " it was left untouched: choose another file with --store");
    assertThatThrownBy(() -> RunStore.openReadOnly(f)).isInstanceOf(StoreException.class)
        .hasMessageContaining("not a peninsula run store");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + f);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables")) {
      rs.next();
      assertThat(rs.getInt(1)).as("no table added").isEqualTo(1);
    }
  }

  static Process child(Class<?> main, String... args) throws java.io.IOException {
    var cmd = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(java.util.List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  @Test
  void sixteenProcesses_fiveRunsEach_giveEightyRecords(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("runs.duckdb");
    var procs = new java.util.ArrayList<Process>();
    for (int w = 0; w < 16; w++) procs.add(child(ConcurrentWriterMain.class, db.toString(), String.valueOf(w), "5"));
    var ids = new java.util.HashSet<String>();
    for (Process p : procs) {
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      out.lines().forEach(l -> ids.add(l.substring(l.indexOf(' ') + 1)));
    }
    try (RunStore s = RunStore.open(db)) {
      var runs = s.list();
      assertThat(runs).hasSize(80);
      assertThat(runs.stream().map(StoredRun::seed).distinct().count()).isEqualTo(80);
      assertThat(runs.stream().map(StoredRun::id).toList()).containsExactlyInAnyOrderElementsOf(ids);
    }
    assertThat(RunSpool.of(db).pending()).isEmpty();
  }

  @Test
  void lockHeldPastTheWait_spoolsTheRun_thenMergesItExactlyOnce(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("runs.duckdb");
    try (RunStore s = RunStore.open(db)) {
      s.record(run(1, "{\"outcome\": 1}"));
    }
    Process holder = child(LockHolderMain.class, db.toString());
    var in = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
    assertThat(in.readLine()).isEqualTo("locked");
    RunWriter.Written w;
    try {
      w = RunWriter.record(db, run(2, "{\"outcome\": 2}"), new LockRetry(java.time.Duration.ofMillis(300)));
      assertThat(w.spooledTo()).contains(RunSpool.of(db).dir().resolve(w.id() + ".json"));
      assertThat(Files.exists(w.spooledTo().orElseThrow())).isTrue();
      // a reader during the lock sees the stored run (from a snapshot) and the spooled one
      try (RunStore r = RunStore.openReadOnly(db, new LockRetry(java.time.Duration.ofMillis(300)))) {
        assertThat(r.list()).extracting(StoredRun::seed).containsExactly(43L, 44L);
        assertThat(r.get(w.id())).isPresent();
      }
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    Path spooled = w.spooledTo().orElseThrow();
    byte[] spooledBytes = Files.readAllBytes(spooled);
    try (RunStore s = RunStore.open(db)) {
      assertThat(s.mergedFromSpool()).isEqualTo(1);
      assertThat(s.list()).extracting(StoredRun::id).hasSize(2).contains(w.id());
      assertThat(s.get(w.id()).orElseThrow().withId("")).isEqualTo(run(2, s.get(w.id()).orElseThrow().resultJson()));
    }
    assertThat(Files.exists(spooled)).as("spool file removed after the merge").isFalse();
    // a merger killed after its commit but before deleting the file: the file comes back, and is not merged twice
    Files.write(spooled, spooledBytes);
    try (RunStore s = RunStore.open(db)) {
      assertThat(s.mergedFromSpool()).isZero();
      assertThat(s.list()).hasSize(2);
    }
    assertThat(Files.exists(spooled)).isFalse();
  }

  @Test
  void readOnlyOpen_ofAMissingStore_isEmpty(@TempDir Path dir) {
    try (RunStore s = RunStore.openReadOnly(dir.resolve("new.duckdb"))) {
      assertThat(s.list()).isEmpty();
    }
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
    java.util.List<String> committed = new java.util.ArrayList<>();
    String line;
    while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
      if (line.startsWith("stored ")) {
        written++;
        committed.add(line.split(" ")[2]);
      }
      if (written >= 20) break;
    }
    assertThat(written).as("child wrote runs").isGreaterThanOrEqualTo(20);
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    try (RunStore s = RunStore.open(db)) {
      var runs = s.list();
      assertThat(runs.size()).isGreaterThanOrEqualTo(20);
      // every run the child reported as committed is there
      assertThat(runs.stream().map(StoredRun::id).toList()).containsAll(committed);
      for (StoredRun r : runs) {
        // every stored run is whole: its large result is complete and its fields consistent
        assertThat(r.resultJson()).startsWith("{\"payload\":").endsWith("\"end\":true}");
        assertThat(r.resultJson()).contains("\"n\":" + r.seed());
      }
    }
  }
}
