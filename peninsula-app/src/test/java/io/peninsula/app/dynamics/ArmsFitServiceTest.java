package io.peninsula.app.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.Services;
import io.peninsula.app.runs.Rerun;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.scenario.ScenarioRef;
import io.peninsula.engine.dynamics.HoldoutScore;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arms fit} as a service: its provenance, its result JSON, its stored run and its rerun. */
class ArmsFitServiceTest {
  private static final ArmsFitService SERVICE = new ArmsFitService();

  private static ArmsFitRequest request(String a, String b, String holdout, String data, int bootstrap, long seed) {
    return new ArmsFitRequest(a, b, Optional.empty(), Optional.empty(), holdout, data, bootstrap, seed);
  }

  /** The SHA-256 of a bundled data file's bytes, computed here independently of the service. */
  private static String sha256(String resource) throws Exception {
    try (InputStream in = ArmsFitServiceTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }

  @Test
  void run_provenanceNamesTheCommandSeedResolvedOptionsAndTheDataFileHash() throws Exception {
    ArmsFitOutcome o = SERVICE.run(request("USA", "CHN", "auto", "sipri", 30, 9));
    Provenance p = o.provenance();
    assertThat(p.command()).isEqualTo("arms fit");
    assertThat(p.seed()).isEqualTo(9);
    assertThat(p.threads()).isEqualTo(1);
    assertThat(p.scenario()).isEmpty();
    assertThat(p.model()).isEmpty();
    assertThat(p.parameters()).isEmpty();
    assertThat(p.seconds()).isGreaterThanOrEqualTo(0);
    // auto resolves to the window's last five years, the window to the dyad's longest common run (SIPRI: 1989-2018)
    assertThat(p.options()).containsExactly(Map.entry("dyad", List.of("USA", "CHN")), Map.entry("data", "sipri"), Map.entry("from", 1989),
        Map.entry("to", 2018), Map.entry("holdout", "2014-2018"), Map.entry("bootstrap", 30), Map.entry("level", 0.9));
    String file = "io/peninsula/data/sipri-milex-subset.csv";
    assertThat(p.inputs()).containsExactly(new Provenance.InputFile(file, sha256(file)));
    assertThat(o.scenario()).isEmpty();
    assertThat(o.request()).isEqualTo(request("USA", "CHN", "auto", "sipri", 30, 9));
  }

  @Test
  void run_nmc_hashesTheNmcFile_andHoldoutNoneIsResolvedAsNone() throws Exception {
    ArmsFitOutcome o = SERVICE.run(request("ROK", "PRK", "none", "nmc", 20, 1));
    String file = "io/peninsula/data/nmc-v6-subset.csv";
    assertThat(o.provenance().inputs()).containsExactly(new Provenance.InputFile(file, sha256(file)));
    assertThat(o.provenance().options()).containsEntry("holdout", "none").containsEntry("from", 1990).containsEntry("to", 2001);
    Map<String, Object> res = o.resultJson();
    assertThat(res.get("holdout_from")).isNull();
    assertThat(res.get("holdout_to")).isNull();
    assertThat((List<?>) res.get("scores")).isEmpty();
    assertThat(res.get("best_dynamic")).isNull();
    assertThat(res.get("best_one_step")).isNull();
    assertThat(res.get("fit_to")).isEqualTo(2001);
  }

  @Test
  @SuppressWarnings("unchecked")
  void resultJson_holdsTheFitAsTheEngineComputedIt() {
    ArmsFitOutcome o = SERVICE.run(request("USA", "RUS", "auto", "sipri", 40, 3));
    var fit = o.result();
    var iv = fit.intervals();
    Map<String, Object> res = o.resultJson();
    assertThat(res.keySet()).containsExactly("first", "second", "data", "fit_from", "fit_to", "holdout_from", "holdout_to", "bootstrap",
        "coefficients", "residual_sd", "spectral_radius", "stable", "stable_share", "equilibrium", "scores", "best_dynamic", "best_one_step");
    assertThat(res).containsEntry("first", "USA").containsEntry("second", "RUS").containsEntry("fit_from", 1993).containsEntry("fit_to", 2013)
        .containsEntry("holdout_from", 2014).containsEntry("holdout_to", 2018).containsEntry("residual_sd", fit.residualSd())
        .containsEntry("spectral_radius", fit.point().spectralRadius()).containsEntry("stable_share", iv.stableShare());
    assertThat((Map<String, Object>) res.get("bootstrap")).containsExactly(Map.entry("replicates", 40), Map.entry("level", 0.9),
        Map.entry("seed", 3L));
    var coefficients = (List<Map<String, Object>>) res.get("coefficients");
    assertThat(coefficients.get(0).get("state")).isEqualTo("USA");
    assertThat(coefficients.get(1).get("state")).isEqualTo("RUS");
    assertThat((Map<String, Object>) coefficients.get(1).get("reaction")).containsExactly(Map.entry("estimate", iv.secondDefence().estimate()),
        Map.entry("low", iv.secondDefence().low()), Map.entry("high", iv.secondDefence().high()));
    assertThat((Map<String, Object>) coefficients.get(0).get("fatigue")).containsEntry("estimate", fit.point().first().fatigue());
    var scores = (List<Map<String, Object>>) res.get("scores");
    assertThat(scores).extracting(m -> m.get("model")).containsExactly("richardson", "random_walk", "ar1");
    for (int i = 0; i < scores.size(); i++) {
      HoldoutScore s = fit.scores().get(i);
      assertThat(scores.get(i)).containsExactly(Map.entry("model", s.model()), Map.entry("years", 5), Map.entry("rmse_one_step", s.rmseOneStep()),
          Map.entry("rmse_dynamic", s.rmseDynamic()));
    }
    assertThat(res.get("best_dynamic")).isEqualTo(fit.winner().orElseThrow().model());
  }

  @Test
  @SuppressWarnings("unchecked")
  void resultJson_equilibrium_onlyWhenTheDyadIsStable() {
    ArmsFitOutcome stable = SERVICE.run(request("USA", "RUS", "auto", "sipri", 20, 42));
    assertThat(stable.result().point().stable()).isTrue();
    double[] e = stable.result().point().equilibrium().orElseThrow();
    var eq = (List<Map<String, Object>>) stable.resultJson().get("equilibrium");
    assertThat(eq).containsExactly(Map.of("state", "USA", "usd_millions", Math.exp(e[0])), Map.of("state", "RUS", "usd_millions", Math.exp(e[1])));
    ArmsFitOutcome unstable = SERVICE.run(request("USA", "CHN", "auto", "sipri", 20, 42));
    assertThat(unstable.resultJson()).containsEntry("stable", false).containsEntry("equilibrium", null);
  }

  @Test
  void sameRequest_sameResult_andRegisteredForRerun() {
    ArmsFitRequest r = request("ROK", "JPN", "auto", "sipri", 50, 11);
    ArmsFitOutcome a = SERVICE.run(r);
    ServiceResult b = Services.rerun(ArmsFitRequest.class.getName(), io.peninsula.app.Json.MAPPER.valueToTree(r),
        ref -> { throw new AssertionError("an arms fit reads no scenario"); });
    assertThat(io.peninsula.app.Json.write(b.resultJson())).isEqualTo(io.peninsula.app.Json.write(a.resultJson()));
    assertThat(b.request()).isEqualTo(r);
  }

  @Test
  void storedFit_rerunsIdentically(@TempDir Path dir) {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    var r = new ArmsFitRequest("CHN", "JPN", Optional.of(1995), Optional.of(2013), "2010-2013", "sipri", 60, 5);
    String id = log.record(SERVICE.run(r), List.of("arms", "fit"));
    var stored = log.get(id).orElseThrow();
    assertThat(stored.command()).isEqualTo("arms fit");
    assertThat(stored.seed()).isEqualTo(5);
    assertThat(stored.scenarioText()).isEmpty();
    Rerun.Verdict v = Rerun.of(stored);
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
  }

  /** simulate --arms fits the dyad through this service too: it is stored with the data file's hash and re-runs identically. */
  @Test
  void simulateWithArms_recordsTheDataFile_andRerunsIdentically(@TempDir Path dir) throws Exception {
    RunLog log = new RunLog(dir.resolve("runs.duckdb"));
    var outcome = new SimulateService().run(new SimulateRequest(ScenarioRef.defaults(), io.peninsula.app.ModelSpec.defaults(), 2, 10, 2,
        Optional.of(new ArmsFitService.DyadRequest("USA", "USA", "PRC", "CHN", "sipri"))));
    String file = "io/peninsula/data/sipri-milex-subset.csv";
    assertThat(outcome.provenance().inputs()).containsExactly(new Provenance.InputFile(file, sha256(file)));
    String id = log.record(outcome, List.of());
    Rerun.Verdict v = Rerun.of(log.get(id).orElseThrow());
    assertThat(v.identical()).as(v.firstDifference().orElse("")).isTrue();
  }
}
