package io.peninsula.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.analysis.MonteCarlo;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.SensitivityInputs;
import io.peninsula.engine.analysis.SobolIndices;
import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
  private final Scenario s = io.peninsula.engine.analysis.MonteCarloTestAccess.everyEditKind();

  private SweepSpec spec(SweepSpec.Kind kind, List<String> models, long samples, Map<String, List<String>> params) {
    return new SweepSpec(kind, List.of("kinds"), models, List.of(), samples, 7, params, UncertaintyDefaults.standard());
  }

  @Test
  void plan_studiesAreScenarioTimesModelTimesParameterGrid_keysForOneModelOnlyApplyToIt() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("bdm.variant", List.of("scholz2011", "bdm1994"));
    params.put("maxIterations", List.of());
    assertThatThrownBy(() -> spec(SweepSpec.Kind.MONTECARLO, List.of("bdm"), 10, params)).hasMessage("params: maxIterations has no values");
    params.remove("maxIterations");
    SweepPlan p = new SweepPlan(spec(SweepSpec.Kind.MONTECARLO, List.of("compromise", "bdm"), 1000, params), Map.of("kinds", s));
    assertThat(p.studies()).extracting(SweepPlan.Study::model, SweepPlan.Study::paramsLabel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("compromise", ""), org.assertj.core.groups.Tuple.tuple("bdm", "variant=scholz2011"),
            org.assertj.core.groups.Tuple.tuple("bdm", "variant=bdm1994"));
    // 1000 samples = 16 blocks = 2 tasks per study
    assertThat(p.tasks()).hasSize(6).first().isEqualTo(new SweepPlan.Task(0, 0, 8));
    assertThatThrownBy(() -> new SweepPlan(spec(SweepSpec.Kind.MONTECARLO, List.of("bdm"), 10, Map.of("smp.pce", List.of("x"))), Map.of("kinds", s)))
        .hasMessage("params: smp.pce names model \"smp\", which is not in models [bdm]");
    assertThatThrownBy(() -> new SweepPlan(spec(SweepSpec.Kind.MONTECARLO, List.of("smp"), 10, Map.of("pce", List.of("nope"))), Map.of("kinds", s)))
        .hasMessageStartingWith("model smp with pce=nope cannot run on scenario kinds: smp: pce = 'nope'; allowed: ");
  }

  /** The local executor's table is the same for any thread count and equals a direct Monte Carlo run. */
  @Test
  void monteCarlo_anyThreadCount_sameTable_equalToDirectRun() {
    SweepPlan p = new SweepPlan(spec(SweepSpec.Kind.MONTECARLO, List.of("compromise", "bdm"), 1100, Map.of()), Map.of("kinds", s));
    SweepTable one = LocalSweepExecutor.run(p, 1, d -> {});
    assertThat(LocalSweepExecutor.run(p, 3, d -> {})).isEqualTo(one);
    assertThat(one.csv()).startsWith("scenario,option,model,params,issue,n,mean,sd,p05,p50,p95,min,max,mean_change\n");
    MonteCarloResult direct = new MonteCarlo(s, s.options(), BargainingModels.byName("bdm").orElseThrow(),
        new ModelConfig(7, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, Map.of()),
        new MonteCarloConfig(7, 1100, 2, UncertaintyDefaults.standard(), SweepPlan.BINS)).run(new AtomicBoolean(), d -> {});
    List<List<Object>> bdmRows = one.rows().stream().filter(r -> r.get(2).equals("bdm")).toList();
    assertThat(bdmRows).hasSize(direct.issues().size());
    for (int k = 0; k < bdmRows.size(); k++) {
      MonteCarloResult.IssueStats is = direct.issues().get(k);
      assertThat(bdmRows.get(k)).containsExactly("kinds", is.option(), "bdm", "", is.issue(), 1100L, is.mean(), is.sd(), is.p05(), is.p50(),
          is.p95(), is.min(), is.max(), is.meanChange());
    }
    assertThat(SweepTable.parseCsv(one.columns(), one.csv())).isEqualTo(one);
  }

  /** Sobol rows: the indices of SobolIndices.compute on the model's forecasts at SensitivityInputs' scenarios. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"compromise,20", "smp,2"})
  void sobol_equalsDirectComputation_anyThreadCount(String model, int n) {
    SweepPlan p = new SweepPlan(spec(SweepSpec.Kind.SOBOL, List.of(model), n, Map.of()), Map.of("kinds", s));
    SweepTable t = LocalSweepExecutor.run(p, 2, d -> {});
    assertThat(LocalSweepExecutor.run(p, 1, d -> {})).isEqualTo(t);
    BargainingModel m = BargainingModels.byName(model).orElseThrow();
    SensitivityInputs in = SensitivityInputs.standard(s);
    ModelConfig mc = ModelConfig.defaults().withSeed(7);
    List<PolicyOption> opts = s.options();
    SobolIndices.Result r = SobolIndices.compute(in.size(), n, u -> {
      Scenario base = in.scenario(u);
      List<Double> out = new ArrayList<>();
      for (PolicyOption o : opts) {
        Scenario x = o.edits().isEmpty() ? base : base.apply(o);
        for (IssueForecast f : m.forecast(x, mc).issues()) out.add(f.outcome());
      }
      return out.stream().mapToDouble(Double::doubleValue).toArray();
    });
    int ni = s.issues().size();
    assertThat(t.rows()).hasSize(opts.size() * ni * in.size());
    for (List<Object> row : t.rows()) {
      int o = opts.indexOf(s.option((String) row.get(1)).orElseThrow());
      int j = s.issues().indexOf(s.issue((String) row.get(4)).orElseThrow());
      int i = in.inputs().stream().map(SensitivityInputs.Input::label).toList().indexOf(row.get(5));
      assertThat(row.subList(6, 10)).containsExactly(r.first()[o * ni + j][i], r.total()[o * ni + j][i], r.variance()[o * ni + j],
          (long) r.evaluations());
    }
  }
}
