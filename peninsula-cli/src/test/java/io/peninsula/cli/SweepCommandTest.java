package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.sweep.SweepPlan;
import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.engine.sweep.SweepTable;
import io.peninsula.store.ParquetTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** peninsula sweep: flags and spec file give the same table, CSV and Parquet agree, errors exit 2 with exact messages. */
class SweepCommandTest {
  @Test
  void sweep_flags_csvHeaderAndRows_sameForAnyThreadCount() {
    var one = CliRunner.run("sweep", "--scenario", CliTest.MINI, "--models", "compromise,median", "--samples", "130", "--threads", "1", "--no-store");
    assertThat(one.exit()).as(one.err()).isZero();
    String[] lines = one.out().split("\n");
    assertThat(lines[0]).isEqualTo("scenario,option,model,params,issue,n,mean,sd,p05,p50,p95,min,max,mean_change");
    assertThat(lines).hasSize(1 + 2 * 2 * 2);
    assertThat(lines[1]).startsWith(CliTest.MINI + ",baseline,compromise,,posture,130,");
    assertThat(lines[5]).startsWith(CliTest.MINI + ",baseline,median,,posture,130,");
    var three = CliRunner.run("sweep", "--scenario", CliTest.MINI, "--models", "compromise,median", "--samples", "130", "--threads", "3", "--no-store");
    assertThat(three.out()).isEqualTo(one.out());
  }

  @Test
  void sweep_specFile_sameAsFlags_andParquetRoundTrips(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(CliTest.MINI), dir.resolve("mini.yaml"));
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "kind: montecarlo\nscenarios: [mini.yaml]\nmodels: [compromise]\nsamples: 100\nseed: 4\n");
    var viaSpec = CliRunner.run("sweep", spec.toString(), "--format", "csv", "--out", dir.resolve("t.parquet").toString(), "--no-store");
    assertThat(viaSpec.exit()).as(viaSpec.err()).isZero();
    assertThat(viaSpec.err()).contains("sweep: 4 rows written to " + dir.resolve("t.parquet"));
    SweepTable fromCsv = SweepTable.parseCsv(SweepPlan.columns(SweepSpec.Kind.MONTECARLO), viaSpec.out());
    assertThat(ParquetTables.read(dir.resolve("t.parquet"), fromCsv.columns())).isEqualTo(fromCsv);
    var viaFlags = CliRunner.run("sweep", "--scenario", CliTest.MINI, "--models", "compromise", "--samples", "100", "--seed", "4", "--no-store");
    assertThat(viaFlags.out()).isEqualTo(viaSpec.out().replace("mini.yaml,", CliTest.MINI + ","));
  }

  @Test
  void sweep_badSpec_exit2WithLocations(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(spec, "kind: grid\nscenarios: [korea-2025]\nmodels: [bdm]\nsamples: x\n");
    var r = CliRunner.run("sweep", spec.toString(), "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(spec + ":1:7: kind: kind is \"grid\"; allowed: montecarlo, sobol")
        .contains(spec + ":4:10: samples: samples must be an integer, got \"x\"");
  }

  @Test
  void sweep_unknownModelAndBothSpecAndFlags_exit2() {
    var r = CliRunner.run("sweep", "--scenario", CliTest.MINI, "--models", "bdm,nope", "--samples", "64", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: (flags): models: unknown model \"nope\" (known: compromise, median, bdm,");
    var both = CliRunner.run("sweep", "spec.yaml", "--models", "bdm", "--no-store");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("error: give either a SPEC file or the --scenario/--models/... flags, not both\n");
  }

  @Test
  void sweep_sparkEngineNotBuilt_saysHowToBuild_exit2(@TempDir Path empty) {
    System.setProperty("peninsula.spark.dir", empty.toString());
    try {
      var r = CliRunner.run("sweep", "--scenario", CliTest.MINI, "--models", "compromise", "--samples", "64", "--engine", "spark",
          "--master", "local[2]", "--no-store");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("error: the Spark engine is not built; build it once in the source tree with "
          + "`mvn -B -pl peninsula-spark -am package -DskipTests` (it downloads Apache Spark, ~300 MB, into ~/.m2), "
          + "or set PENINSULA_SPARK_DIR to a directory holding peninsula-spark.jar and spark-classpath.txt\n");
    } finally {
      System.clearProperty("peninsula.spark.dir");
    }
  }

  @Test
  void sweep_stored_rerunsIdentically(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(CliTest.MINI), dir.resolve("mini.yaml"));
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "kind: sobol\nscenarios: [mini.yaml]\nmodels: [compromise]\nsamples: 16\nseed: 2\n");
    String store = dir.resolve("runs.duckdb").toString();
    var r = CliRunner.run("sweep", spec.toString(), "--threads", "2", "--store", store);
    assertThat(r.exit()).as(r.err()).isZero();
    String id = r.err().substring(r.err().indexOf("run ") + 4, r.err().indexOf(" stored"));
    var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
    assertThat(rerun.exit()).as(rerun.out() + rerun.err()).isZero();
    assertThat(rerun.out()).startsWith("rerun of " + id + ": identical result");
  }
}
