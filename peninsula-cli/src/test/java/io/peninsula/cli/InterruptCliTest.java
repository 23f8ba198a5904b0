package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C for real: the CLI runs in a child JVM against a temporary run store that already holds a
 * run; once the command is at work (the child prints "started", see {@link SignalledCliMain}) the
 * test sends SIGINT with {@code kill -INT}, then checks the exit code (130 = 128 + SIGINT, as for
 * any JVM stopped by Ctrl-C), what stderr says was completed, and that the store still opens with
 * its earlier run (and, for montecarlo, the partial run it stored). Timeouts are generous, for a
 * loaded machine; on a system without POSIX signals (no {@code kill}) the tests are skipped.
 */
class InterruptCliTest {
  private static final long TIMEOUT_S = 300;

  @BeforeAll
  static void posixSignals() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    assumeThat(!windows && (Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill"))))
        .as("SIGINT test skipped: this system has no POSIX kill command to send SIGINT").isTrue();
  }

  private record Interrupted(int exit, String out, String err) {}

  /**
   * Starts the CLI in a child JVM, waits for the stderr line {@code ready}, sends SIGINT, and
   * collects what it printed.
   */
  private static Interrupted interrupt(String ready, String engine, String... cli) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), SignalledCliMain.class.getName(), engine));
    cmd.addAll(List.of(cli));
    Process p = new ProcessBuilder(cmd).start();
    try {
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      StringBuilder before = new StringBuilder();
      CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(() -> {
        try {
          for (String line; (line = err.readLine()) != null; ) {
            if (!line.equals("started")) before.append(line).append('\n');
            if (line.equals(ready)) return true;
          }
          return false;
        } catch (java.io.IOException e) {
          return false;
        }
      });
      assertThat(started.get(TIMEOUT_S, TimeUnit.SECONDS)).as("the child never started its work; stderr: %s", before).isTrue();
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
      assertThat(kill.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).as("kill -INT exit code").isZero();
      StringBuilder rest = new StringBuilder();
      for (String line; (line = err.readLine()) != null; ) rest.append(line).append('\n');
      assertThat(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).as("the child did not stop within %d s of SIGINT", TIMEOUT_S).isTrue();
      return new Interrupted(p.exitValue(), out.get(60, TimeUnit.SECONDS), before.toString() + rest);
    } finally {
      p.destroyForcibly();
    }
  }

  private static String read(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static List<String> runs(Path store) {
    var list = CliRunner.run("runs", "list", "--store", store.toString(), "--format", "csv");
    assertThat(list.exit()).as("runs list after the interruption: %s", list.err()).isZero();
    return list.out().lines().skip(1).toList();
  }

  @Test
  void montecarlo_sigint_reportsTheSamplesCompleted_storesThatRun_keepsEarlierRuns(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("runs.duckdb");
    assertThat(CliRunner.run("forecast", CliTest.MINI, "--store", store.toString()).exit()).isZero();
    List<String> before = runs(store);
    assertThat(before).hasSize(1);
    int samples = 2_000_000;
    // SIGINT once the first tenth is done (the progress line), so some samples are complete
    Interrupted r = interrupt("montecarlo: 200000/2000000 samples (10%)", "io.peninsula.engine.analysis.MonteCarlo", "montecarlo",
        CliTest.MINI, "--model", "compromise", "--samples", Integer.toString(samples), "--threads", "1", "--store", store.toString(),
        "--format", "csv");
    assertThat(r.exit()).as(r.err()).isEqualTo(130);
    Matcher m = Pattern.compile("montecarlo: cancelled; reporting the (\\d+) of " + samples + " samples completed\n").matcher(r.err());
    assertThat(m.find()).as(r.err()).isTrue();
    long done = Long.parseLong(m.group(1));
    assertThat(done).isGreaterThanOrEqualTo(samples / 10).isLessThan(samples);
    assertThat(r.out()).as("the partial result is printed").startsWith("option,issue,");
    List<String> after = runs(store);
    assertThat(after).hasSize(2).contains(before.get(0)).anyMatch(l -> l.contains(",montecarlo,"));
  }

  @Test
  void sensitivity_sigint_saysNothingWasStored_andTheStoreIsUnchanged(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("runs.duckdb");
    assertThat(CliRunner.run("forecast", CliTest.MINI, "--store", store.toString()).exit()).isZero();
    List<String> before = runs(store);
    // SIGINT as soon as the analysis runs (sensitivity prints no progress): it has its Ctrl-C hook by then
    Interrupted r = interrupt("started", "io.peninsula.engine.analysis.Sensitivity", "sensitivity", CliTest.MINI, "--method", "sobol",
        "--samples", "200000", "--store", store.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(130);
    assertThat(r.err()).endsWith("sensitivity: interrupted; the sobol analysis had not finished; nothing was printed or stored"
        + " (the run store is unchanged)\n");
    assertThat(r.out()).isEmpty();
    assertThat(runs(store)).isEqualTo(before);
  }
}
