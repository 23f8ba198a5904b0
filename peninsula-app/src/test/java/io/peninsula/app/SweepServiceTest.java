package io.peninsula.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.app.runs.Rerun;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.sweep.SweepOutcome;
import io.peninsula.app.sweep.SweepRequest;
import io.peninsula.app.sweep.SweepService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep service: typed request from flags, provenance like the other services, stored and re-run identically. */
class SweepServiceTest {
  private static SweepRequest request(int threads) {
    String spec = SweepService.specFromFlags(List.of("korea-2019"), List.of("compromise", "median"), Optional.of("all"), Optional.of(70L),
        Optional.of(3L), Optional.empty(), List.of());
    return new SweepRequest("(flags)", spec, Path.of("").toAbsolutePath().toString(), "local", "local[*]", threads);
  }

  @Test
  void run_provenanceNamesEveryInput_tableSameForAnyThreadCount() {
    SweepOutcome one = new SweepService().run(request(1));
    SweepOutcome three = new SweepService().run(request(3));
    assertThat(three.csv()).isEqualTo(one.csv());
    assertThat(one.csv()).startsWith("scenario,option,model,params,issue,n,mean,sd,p05,p50,p95,min,max,mean_change\nkorea-2019,");
    Provenance p = one.provenance();
    assertThat(p.command()).isEqualTo("sweep");
    assertThat(p.model()).contains("compromise,median");
    assertThat(p.seed()).isEqualTo(3);
    assertThat(p.threads()).isEqualTo(1);
    assertThat(p.inputs()).extracting(Provenance.InputFile::path).containsExactly("(flags)", "korea-2019.yaml");
    assertThat(p.inputs().get(1).sha256()).isEqualTo(Sha256.of(io.peninsula.formats.BundledScenarios.text("korea-2019").orElseThrow()));
    assertThat(p.options()).containsEntry("kind", "montecarlo").containsEntry("samples", 70L).containsEntry("engine", "local");
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) one.resultJson();
    assertThat(result).containsEntry("csv_sha256", Sha256.of(one.csv())).containsEntry("rows", one.table().rows().size());
  }

  @Test
  void storedSweep_rerunsIdentically(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    String id = log.record(new SweepService().run(request(2)), List.of("sweep"));
    Rerun.Verdict v = Rerun.of(log.get(id).orElseThrow());
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
    assertThat(log.get(id).orElseThrow().command()).isEqualTo("sweep");
  }

  @Test
  void badRequests_nameTheFlag() {
    assertThatThrownBy(() -> SweepService.specFromFlags(List.of("korea-2019"), List.of("bdm"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("grid"), List.of())).isInstanceOf(BadRequestException.class)
        .hasMessage("unknown --kind \"grid\" (allowed: montecarlo, sobol)");
    assertThatThrownBy(() -> new SweepService().run(new SweepRequest("(flags)", request(1).spec(), ".", "dask", "", 1)))
        .isInstanceOf(BadRequestException.class).hasMessage("unknown --engine \"dask\" (allowed: local, spark)");
  }
}
