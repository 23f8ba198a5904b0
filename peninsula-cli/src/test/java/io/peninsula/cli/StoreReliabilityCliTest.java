package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when the run store is locked, foreign or corrupt. */
class StoreReliabilityCliTest {
  @Test
  void forecast_whileAnotherProcessHoldsTheStore_spoolsTheRun_exit0_andTheNextWriteMergesIt(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("runs.duckdb");
    assertThat(CliRunner.run("forecast", CliTest.MINI, "--store", store.toString()).exit()).isZero();
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-cp", System.getProperty("java.class.path"), StoreLockHolderMain.class.getName(), store.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String id;
    System.setProperty("peninsula.store.wait", "0.3");
    try {
      assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine()).isEqualTo("locked");
      var f = CliRunner.run("forecast", CliTest.MINI, "--store", store.toString());
      assertThat(f.exit()).as(f.err()).isZero();
      id = f.err().substring(4, f.err().indexOf(' ', 4));
      Path spool = dir.resolve("runs.duckdb.spool").resolve(id + ".json");
      assertThat(f.err()).isEqualTo("run " + id + " spooled to " + spool + ": the store " + store
          + " stayed locked by another process; the next command that writes to it merges the run (peninsula runs show " + id
          + " works meanwhile)\n");
      var list = CliRunner.run("runs", "list", "--store", store.toString(), "--format", "csv");
      assertThat(list.exit()).as(list.err()).isZero();
      assertThat(list.out().lines()).hasSize(3).anyMatch(l -> l.startsWith(id + ",forecast,"));
      var show = CliRunner.run("runs", "show", id, "--store", store.toString());
      assertThat(show.exit()).as(show.err()).isZero();
    } finally {
      System.clearProperty("peninsula.store.wait");
      holder.getOutputStream().close();
      assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    var next = CliRunner.run("forecast", CliTest.MINI, "--store", store.toString());
    assertThat(next.exit()).isZero();
    assertThat(next.err()).endsWith("\nmerged 1 spooled run into " + store + "\n");
    var list = CliRunner.run("runs", "list", "--store", store.toString(), "--format", "csv");
    assertThat(list.out().lines()).hasSize(4).filteredOn(l -> l.startsWith(id + ",")).hasSize(1);
  }

  @Test
  void forecast_foreignStore_exit1_namesTheFile_leavesItUntouched(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("mine.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + store)) {
      c.createStatement().execute("CREATE TABLE accounts (n INTEGER)");
    }
    byte[] before = Files.readAllBytes(store);
    var r = CliRunner.run("forecast", CliTest.MINI, "--store", store.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).endsWith("error: run store " + store + " is a DuckDB database but not a peninsula run store"
        + " (it holds tables accounts); it was left untouched: choose another file with --store\n"
        + "(run with --verbose for details)\n");
    var l = CliRunner.run("runs", "list", "--store", store.toString());
    assertThat(l.exit()).isEqualTo(1);
    assertThat(Files.readAllBytes(store)).isEqualTo(before);
  }

  @Test
  void runsList_corruptStore_exit1_namesTheFile(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("junk.duckdb");
    Files.writeString(store, "not a database ".repeat(400));
    byte[] before = Files.readAllBytes(store);
    var r = CliRunner.run("runs", "list", "--store", store.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: cannot open run store " + store + ": ").contains("left untouched");
    assertThat(Files.readAllBytes(store)).isEqualTo(before);
  }
}
