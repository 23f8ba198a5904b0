package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.analysis.SensitivityAnalysis.Method;
import io.peninsula.engine.analysis.SensitivityAnalysis.Row;
import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {
  static final SensitivityAnalysis.Report REPORT = new SensitivityAnalysis.Report(Method.SOBOL, 64, 3, 320, List.of(
      new Row("x", "a", 0.60, 0.05, 0.55, 0.05),
      new Row("x", "b", 0.52, 0.05, 0.50, 0.05), // overlaps a: [0.55, 0.65] vs [0.47, 0.57]
      new Row("x", "c", 0.01, 0.02, 0.00, 0.02),
      new Row("y", "a", 0.90, 0.01, 0.90, 0.01),
      new Row("y", "b", 0.05, 0.01, 0.05, 0.01),
      new Row("y", "c", 0.00, 0.01, 0.00, 0.01))); // negligible: b's interval [0.04, 0.06] clear of c's

  @Test
  void top_keepsTheFirstKRowsOfEveryIssue() {
    assertThat(REPORT.top(1)).extracting(Row::issue, Row::input).containsExactly(
        org.assertj.core.groups.Tuple.tuple("x", "a"), org.assertj.core.groups.Tuple.tuple("y", "a"));
    assertThat(REPORT.top(10)).hasSize(6);
  }

  @Test
  void warnings_nameOnlyIssuesWhoseShownNeighboursOverlap() {
    assertThat(REPORT.warnings(3)).containsExactly(
        "x: the 95 % intervals of 1 pair of neighbouring inputs overlap (first: a and b), so their order is not resolved; raise --samples to separate them");
    assertThat(REPORT.warnings(1)).isEmpty();
  }

  @Test
  void run_tinyScenario_rowsSortedPerIssueWithIntervals() {
    var r = SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(), ModelConfig.defaults(), Method.MORRIS, 20, Optional.of("x"));
    assertThat(r.rows()).hasSize(r.inputs()).allMatch(row -> row.issue().equals("x"));
    for (int i = 0; i + 1 < r.rows().size(); i++) assertThat(r.rows().get(i).main()).isGreaterThanOrEqualTo(r.rows().get(i + 1).main());
    assertThat(r.rows().get(0).mainHalfWidth()).isPositive();
    assertThat(r.evaluations()).isEqualTo(20 * (r.inputs() + 1));
  }

  @Test
  void run_withHook_countsEveryForecast_andGivesTheSameNumbers() {
    for (Method m : Method.values()) {
      var plain = SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(), ModelConfig.defaults(), m, 16, Optional.empty());
      java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
      var hooked = SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(), ModelConfig.defaults(), m, 16, Optional.empty(),
          new java.util.concurrent.atomic.AtomicBoolean(), d -> {
            calls.incrementAndGet();
            last.accumulateAndGet(d, Math::max);
          });
      assertThat(hooked.rows()).isEqualTo(plain.rows());
      assertThat(SensitivityAnalysis.evaluations(m, plain.inputs(), 16)).isEqualTo(plain.evaluations());
      assertThat(last.get()).isEqualTo(plain.evaluations());
      assertThat(calls.get()).isEqualTo(plain.evaluations());
    }
  }

  @Test
  void run_cancelled_stopsWithCancellationException_afterFewerForecasts() {
    for (Method m : Method.values()) {
      var cancel = new java.util.concurrent.atomic.AtomicBoolean();
      java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
      long planned = SensitivityAnalysis.evaluations(m, SensitivityInputs.standard(TinyScenario.build()).size(), 400);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(),
          ModelConfig.defaults(), m, 400, Optional.empty(), cancel, d -> {
            made.accumulateAndGet(d, Math::max);
            if (d >= 10) cancel.set(true);
          })).isInstanceOf(java.util.concurrent.CancellationException.class);
      assertThat(made.get()).isGreaterThanOrEqualTo(10).isLessThan(planned);
    }
  }

  @Test
  void run_sobolReplicates_meanAndTIntervalOfShiftedReplicates_progressCoversThemAll() {
    var inputs = SensitivityInputs.standard(TinyScenario.build());
    java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    var r = SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(), ModelConfig.defaults(), Method.SOBOL, 32, Optional.of("x"), 3,
        new java.util.concurrent.atomic.AtomicBoolean(), d -> {
          calls.incrementAndGet();
          last.accumulateAndGet(d, Math::max);
        });
    long planned = SensitivityAnalysis.evaluations(Method.SOBOL, inputs.size(), 32, 3);
    assertThat(planned).isEqualTo(3L * 32 * (inputs.size() + 2));
    assertThat(r.evaluations()).isEqualTo(planned);
    assertThat(calls.get()).isEqualTo(planned);
    assertThat(last.get()).isEqualTo(planned);
    assertThat(r.replicates()).isEqualTo(3);
    assertThat(r.replicated()).isTrue();
    // the rows are SobolIndices.replicated's on the same model function, seeded by the model seed
    var direct = SobolIndices.replicated(inputs.size(), 32, 3, ModelConfig.defaults().seed(), u -> new double[] {
        new CompromiseModel().forecastWithoutNotes(inputs.scenario(u), ModelConfig.defaults()).issue("x").orElseThrow().outcome()});
    for (Row row : r.rows()) {
      int i = inputs.inputs().stream().map(SensitivityInputs.Input::label).toList().indexOf(row.input());
      assertThat(row.main()).isEqualTo(direct.total()[0][i]);
      assertThat(row.mainHalfWidth()).isEqualTo(direct.totalHalfWidth(0, i));
      assertThat(row.second()).isEqualTo(direct.first()[0][i]);
      assertThat(row.secondHalfWidth()).isEqualTo(direct.firstHalfWidth(0, i));
    }
  }

  @Test
  void run_replicates_refusedForMorrisAndBelowTwo() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(),
        ModelConfig.defaults(), Method.MORRIS, 4, Optional.empty(), 3, new java.util.concurrent.atomic.AtomicBoolean(), d -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("replicates apply to the Sobol method only, not morris");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(),
        ModelConfig.defaults(), Method.SOBOL, 4, Optional.empty(), 1, new java.util.concurrent.atomic.AtomicBoolean(), d -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("replicates must be at least 2, got 1");
  }

  @Test
  void run_replicates_cancelledInALaterReplicate_throws() {
    var cancel = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
    int k = SensitivityInputs.standard(TinyScenario.build()).size();
    long one = SensitivityAnalysis.evaluations(Method.SOBOL, k, 64);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(),
        ModelConfig.defaults(), Method.SOBOL, 64, Optional.empty(), 3, cancel, d -> {
          made.accumulateAndGet(d, Math::max);
          if (d >= one + 10) cancel.set(true); // in the second replicate
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
    assertThat(made.get()).isGreaterThanOrEqualTo(one + 10).isLessThan(2 * one);
  }

  @Test
  void warnings_withReplicates_alsoSuggestMoreReplicates() {
    var r = new SensitivityAnalysis.Report(Method.SOBOL, 64, 3, 960, REPORT.rows(), 3, List.of());
    assertThat(r.warnings(3)).containsExactly(
        "x: the 95 % intervals of 1 pair of neighbouring inputs overlap (first: a and b), so their order is not resolved; raise --samples or --replicates to separate them");
  }

  static SensitivityAnalysis.Concentration stuck(String issue, long count, long of, boolean statusQuo) {
    return new SensitivityAnalysis.Concentration(issue, new OutputMode(40, count, of), statusQuo);
  }

  @Test
  void warnings_concentratedOutcome_saysOnHowFewRowsTheIndicesRest() {
    var sobol = new SensitivityAnalysis.Report(Method.SOBOL, 4096, 3, 4096 * 5, REPORT.rows(), 0,
        List.of(stuck("x", 7782, 8192, true), stuck("y", 7372, 8192, false)));
    // x: 95 % > 90 %, noted before its overlap note; y: exactly 90 %, not more: no note
    assertThat(sobol.warnings(3)).containsExactly(
        "x: the outcome was 40 (the status quo) in 95 % of the 8192 forecasts of the base samples A and B; it moved in only 410,"
            + " on which its indices rest; raise --samples, or add --replicates to see their real error",
        "x: the 95 % intervals of 1 pair of neighbouring inputs overlap (first: a and b), so their order is not resolved; raise --samples to separate them");
    var replicated = new SensitivityAnalysis.Report(Method.SOBOL, 4096, 3, 3 * 4096 * 5, REPORT.rows(), 3,
        List.of(stuck("y", 24570, 24576, false)));
    assertThat(replicated.warnings(3)).containsExactly(
        "x: the 95 % intervals of 1 pair of neighbouring inputs overlap (first: a and b), so their order is not resolved; raise --samples or --replicates to separate them",
        "y: the outcome was 40 in 100.0 % of the 24576 forecasts of the base samples A and B; it moved in only 6, on which its indices rest; raise --samples");
    var morris = new SensitivityAnalysis.Report(Method.MORRIS, 10, 3, 40, REPORT.rows(), 0, List.of(stuck("y", 40, 40, true)));
    assertThat(morris.warnings(3)).containsExactly(
        "x: the 95 % intervals of 1 pair of neighbouring inputs overlap (first: a and b), so their order is not resolved; raise --samples to separate them",
        "y: the outcome was 40 (the status quo) in all 40 forecasts along the trajectories: it does not move with these inputs, so every effect is 0");
    // an issue not shown (--issue) gets no note
    assertThat(new SensitivityAnalysis.Report(Method.SOBOL, 4096, 3, 4096 * 5, REPORT.top(10).subList(0, 3), 0,
        List.of(stuck("y", 8192, 8192, true))).warnings(3)).hasSize(1).allMatch(w -> w.startsWith("x: the 95 % intervals"));
  }

  @Test
  void run_reportsEachIssuesMode_overTheEvaluationsOfAAndB_orTheTrajectories() {
    for (Method m : Method.values()) {
      var r = SensitivityAnalysis.run(TinyScenario.build(), new CompromiseModel(), ModelConfig.defaults(), m, 16, Optional.of("y"));
      assertThat(r.concentrations()).extracting(SensitivityAnalysis.Concentration::issue).containsExactly("y");
      OutputMode mode = r.concentrations().get(0).mode();
      assertThat(mode.of()).isEqualTo(m == Method.SOBOL ? 2 * 16 : 16 * (r.inputs() + 1));
      // the compromise outcome is continuous in the inputs: values repeat only where Morris' 4-level grid revisits a point
      assertThat(mode.share()).isLessThan(0.1);
      assertThat(r.warnings(10)).noneMatch(w -> w.contains("the outcome was"));
    }
  }
}
