package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Relation;
import io.peninsula.model.RelationType;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Determinism, exactness of the streaming aggregates against a direct re-computation, and cancellation. */
class MonteCarloTest {
  private final Scenario s = TinyScenario.build();

  private MonteCarloResult run(BargainingModel m, long seed, long n, int threads) {
    return new MonteCarlo(s, s.options(), m, ModelConfig.defaults(), MonteCarloConfig.of(seed, n, threads))
        .run(new AtomicBoolean(), d -> {});
  }

  /** Re-forecasting only the issues an option edits must not change a single number. */
  @ParameterizedTest
  @ValueSource(strings = {"compromise", "median", "bdm", "nash"})
  void run_issueSeparableShortcut_identicalToFullForecasts(String name) {
    BargainingModel m = BargainingModels.byName(name).orElseThrow();
    BargainingModel full = new BargainingModel() {
      @Override
      public String name() {
        return m.name();
      }

      @Override
      public String description() {
        return m.description();
      }

      @Override
      public io.peninsula.engine.bargaining.ForecastResult forecast(Scenario sc, ModelConfig c) {
        return m.forecast(sc, c);
      }
    };
    assertThat(m.issueSeparable()).isTrue();
    assertThat(run(m, 7, 300, 1)).isEqualTo(run(full, 7, 300, 1));
  }

  /** The model seen through scenario records only: issue-separable, but no kernel. */
  private static BargainingModel withoutKernel(BargainingModel m) {
    return new BargainingModel() {
      @Override
      public String name() {
        return m.name();
      }

      @Override
      public String description() {
        return m.description();
      }

      @Override
      public boolean issueSeparable() {
        return true;
      }

      @Override
      public io.peninsula.engine.bargaining.ForecastResult forecast(Scenario sc, ModelConfig c) {
        return m.forecast(sc, c);
      }
    };
  }

  /**
   * Five actors, three issues (one that an actor holds no position on), and options of every edit
   * kind: repeated edits of one position, shifts clamped at the scale end, relation-only, a
   * capability edit and an added actor (these two need the record path within a numeric run).
   */
  static Scenario everyEditKind() {
    SourceRef src = SourceRef.of("t");
    List<Actor> actors = new ArrayList<>();
    List<Position> ps = new ArrayList<>();
    List<Issue> issues = List.of(Issue.unlabelled("x", 0, 100), Issue.unlabelled("y", -5, 5), Issue.unlabelled("z", 0, 1));
    double[][] pos = {{10, -5, 0}, {90, 5, 1}, {50, 0, 0.5}, {50, 2, 0.2}, {30, -1, Double.NaN}};
    for (int a = 0; a < pos.length; a++) {
      actors.add(Actor.simple("a" + a, 1 + a, src));
      for (int j = 0; j < 3; j++)
        if (!Double.isNaN(pos[a][j])) ps.add(Position.of("a" + a, issues.get(j).id(), pos[a][j], 0.2 + 0.15 * a, src));
    }
    Relation rel = new Relation("r", RelationType.CONSULTATION, "a0", "a1", OptionalInt.empty(), OptionalDouble.empty(), src);
    List<PolicyOption> options = List.of(
        new PolicyOption("none", "", "", List.of(), src),
        new PolicyOption("repeat", "", "", List.of(new ScenarioEdit.SetPosition("a1", "x", 20),
            new ScenarioEdit.ShiftPosition("a1", "x", 5), new ScenarioEdit.SetSalience("a1", "x", 0.9),
            new ScenarioEdit.ShiftPosition("a3", "y", 100), new ScenarioEdit.ShiftPosition("a2", "z", -0.1)), src),
        new PolicyOption("relation", "", "", List.of(new ScenarioEdit.AddRelation(rel)), src),
        new PolicyOption("mixed", "", "", List.of(new ScenarioEdit.AddRelation(rel), new ScenarioEdit.SetSalience("a4", "y", 0)), src),
        new PolicyOption("capability", "", "", List.of(new ScenarioEdit.ScaleCapability("a2", 3), new ScenarioEdit.SetPosition("a0", "y", 1)), src),
        new PolicyOption("newcomer", "", "", List.of(new ScenarioEdit.AddActor(Actor.simple("n", 4, src),
            List.of(Position.of("n", "x", 70, 0.8, src), Position.of("n", "y", 3, 0.4, src), Position.of("n", "z", 0.9, 0.3, src)))), src));
    return new Scenario(Metadata.of("kinds"), List.of(), actors, issues, ps, List.of(), options);
  }

  /** The numeric path (kernel, compiled edits) and the record path give the same result, bit for bit. */
  @ParameterizedTest
  @ValueSource(strings = {"compromise", "median", "bdm"})
  void run_numericPath_identicalToRecordPathOnEveryEditKind(String name) {
    BargainingModel m = BargainingModels.byName(name).orElseThrow();
    Scenario k = everyEditKind();
    for (ModelConfig cfg : List.of(ModelConfig.defaults(), ModelConfig.defaults().withParameter("variant", "bdm1994"))) {
      MonteCarloConfig mc = MonteCarloConfig.of(11, 400, 2);
      MonteCarloResult numeric = new MonteCarlo(k, k.options(), m, cfg, mc).run(new AtomicBoolean(), d -> {});
      MonteCarloResult records = new MonteCarlo(k, k.options(), withoutKernel(m), cfg, mc).run(new AtomicBoolean(), d -> {});
      assertThat(numeric).isEqualTo(records);
      assertThat(numeric.issues()).filteredOn(st -> st.option().equals("repeat") && st.issue().equals("x"))
          .singleElement().satisfies(st -> assertThat(st.meanChange()).isNotZero());
    }
  }

  /**
   * Under the veto constraint (status quo and rule on x and y, influences on two positions) the
   * numeric path moves the winset with the sampled positions exactly as the record path does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"compromise", "median", "bdm", "smp"})
  void run_vetoConstrained_numericPathIdenticalToRecordPath(String name) {
    BargainingModel m = new io.peninsula.engine.bargaining.VetoConstrainedModel(BargainingModels.byName(name).orElseThrow());
    Scenario k = everyEditKind();
    SourceRef src = SourceRef.of("t");
    List<Issue> issues = new ArrayList<>(k.issues());
    issues.set(0, issues.get(0).withStatusQuo(java.util.Optional.of(new io.peninsula.model.StatusQuo(60, src)))
        .withDecision(java.util.Optional.of(io.peninsula.model.DecisionRule.unanimity(List.of("a1", "a2"), src))));
    issues.set(1, issues.get(1).withStatusQuo(java.util.Optional.of(new io.peninsula.model.StatusQuo(-3, src)))
        .withDecision(java.util.Optional.of(io.peninsula.model.DecisionRule.qualifiedMajority(
            java.util.Map.of("a0", 1.0, "a1", 2.0, "a2", 1.0, "a3", 1.0), 0.7, List.of(), src))));
    List<Position> ps = new ArrayList<>(k.positions());
    ps.set(0, ps.get(0).withInfluence(java.util.Optional.of(new io.peninsula.model.Influence(7, src))));
    // and on z, which a4 does not hold: smp's neutral placeholder for a4 there weighs a0 by it
    ps.set(2, ps.get(2).withInfluence(java.util.Optional.of(new io.peninsula.model.Influence(0.5, src))));
    Scenario v = new Scenario(k.metadata(), k.sources(), k.actors(), issues, ps, k.relations(), k.options());
    boolean joint = name.equals("smp"); // smp: the scenario kernel, wrapped by the constraint
    if (joint) assertThat(m.scenarioKernel(v, ModelConfig.defaults())).isPresent();
    MonteCarloConfig mc = MonteCarloConfig.of(11, joint ? 100 : 400, 2);
    MonteCarloResult numeric = new MonteCarlo(v, v.options(), m, ModelConfig.defaults(), mc).run(new AtomicBoolean(), d -> {});
    MonteCarloResult records = new MonteCarlo(v, v.options(), joint ? withoutScenarioKernel(m) : withoutKernel(m), ModelConfig.defaults(), mc)
        .run(new AtomicBoolean(), d -> {});
    assertThat(numeric).isEqualTo(records);
    MonteCarloResult free = new MonteCarlo(v, v.options(), BargainingModels.byName(name).orElseThrow(), ModelConfig.defaults(), mc)
        .run(new AtomicBoolean(), d -> {});
    assertThat(numeric).isNotEqualTo(free);
  }

  /** The model seen through scenario records only: no scenario kernel (the reference path). */
  private static BargainingModel withoutScenarioKernel(BargainingModel m) {
    return new BargainingModel() {
      @Override
      public String name() {
        return m.name();
      }

      @Override
      public String description() {
        return m.description();
      }

      @Override
      public io.peninsula.engine.bargaining.ForecastResult forecast(Scenario sc, ModelConfig c) {
        return m.forecast(sc, c);
      }
    };
  }

  /**
   * SMP's scenario kernel with compiled edits and the record path give the same result, bit for
   * bit, on every edit kind (an absent position included), for default, stochastic and
   * non-default bargaining settings.
   */
  @Test
  void run_smpScenarioKernel_identicalToRecordPathOnEveryEditKind() {
    BargainingModel m = BargainingModels.byName("smp").orElseThrow();
    Scenario k = everyEditKind();
    assertThat(m.scenarioKernel(k, ModelConfig.defaults())).isPresent();
    for (ModelConfig cfg : List.of(ModelConfig.defaults(), ModelConfig.defaults().withParameter("stateTransitions", "stochastic"),
        ModelConfig.defaults().withParameter("bargainModel", "pwCompInterp").withParameter("votingRule", "binary"),
        ModelConfig.defaults().withMaxIterations(3))) {
      MonteCarloConfig mc = MonteCarloConfig.of(5, 70, 2);
      MonteCarloResult numeric = new MonteCarlo(k, k.options(), m, cfg, mc).run(new AtomicBoolean(), d -> {});
      MonteCarloResult records = new MonteCarlo(k, k.options(), withoutScenarioKernel(m), cfg, mc).run(new AtomicBoolean(), d -> {});
      assertThat(numeric).isEqualTo(records);
      assertThat(numeric.issues()).filteredOn(st -> st.option().equals("repeat") && st.issue().equals("x"))
          .singleElement().satisfies(st -> assertThat(st.meanChange()).isNotZero());
    }
  }

  /** Any partition of the blocks, evaluated separately and combined in any order, gives {@link MonteCarlo#run}'s result. */
  @ParameterizedTest
  @ValueSource(strings = {"compromise", "bdm", "smp"})
  void combine_anyPartitionOfBlocks_identicalToLocalRun(String name) {
    BargainingModel m = BargainingModels.byName(name).orElseThrow();
    Scenario k = everyEditKind();
    long n = name.equals("smp") ? 2 * MonteCarlo.BLOCK + 7 : 9 * MonteCarlo.BLOCK + 7;
    MonteCarlo mc = new MonteCarlo(k, k.options(), m, ModelConfig.defaults(), MonteCarloConfig.of(3, n, 2));
    MonteCarloResult local = mc.run(new AtomicBoolean(), d -> {});
    SplittableRandom cut = new SplittableRandom(42);
    for (int rep = 0; rep < 3; rep++) {
      List<MonteCarloPartial> parts = new ArrayList<>();
      for (long b = 0; b < mc.blocks(); ) {
        long e = Math.min(mc.blocks(), b + 1 + cut.nextInt(4));
        parts.add(mc.evaluate(b, e));
        b = e;
      }
      java.util.Collections.shuffle(parts, new java.util.Random(rep));
      assertThat(mc.combine(parts)).isEqualTo(local);
    }
    assertThatThrownBy(() -> mc.combine(List.of(mc.evaluate(1, mc.blocks()))))
        .hasMessage("partials do not cover the blocks: expected block 0, got 1");
  }

  @Test
  void run_optionThatDoesNotApply_failsWithTheSameMessageOnBothPaths() {
    Scenario k = everyEditKind();
    List<PolicyOption> bad = List.of(new PolicyOption("bad", "", "", List.of(new ScenarioEdit.SetPosition("a4", "z", 0.5)), SourceRef.of("t")));
    BargainingModel m = new io.peninsula.engine.bargaining.ExpectedUtilityModel();
    MonteCarloConfig mc = MonteCarloConfig.of(1, 10, 1);
    assertThatThrownBy(() -> new MonteCarlo(k, bad, m, ModelConfig.defaults(), mc).run(new AtomicBoolean(), d -> {}))
        .hasMessage("sample 0, option bad, edit 0: actor a4 has no position on issue z");
    assertThatThrownBy(() -> new MonteCarlo(k, bad, withoutKernel(m), ModelConfig.defaults(), mc).run(new AtomicBoolean(), d -> {}))
        .hasMessage("sample 0, option bad, edit 0: actor a4 has no position on issue z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"compromise", "median", "bdm"})
  void run_1_2_4_threads_bitIdentical(String name) {
    BargainingModel m = BargainingModels.byName(name).orElseThrow();
    MonteCarloResult one = run(m, 99, 1_000, 1);
    assertThat(run(m, 99, 1_000, 2)).isEqualTo(one);
    assertThat(run(m, 99, 1_000, 4)).isEqualTo(one);
    assertThat(one.completed()).isEqualTo(1_000);
  }

  @Test
  void run_sameSeedSame_differentSeedDifferent() {
    CompromiseModel m = new CompromiseModel();
    assertThat(run(m, 5, 300, 2)).isEqualTo(run(m, 5, 300, 2));
    assertThat(run(m, 6, 300, 2).issues().get(0).mean()).isNotEqualTo(run(m, 5, 300, 2).issues().get(0).mean());
  }

  /** Recomputes every sample by the documented stream contract and compares moments and quantiles. */
  @Test
  void run_aggregatesMatchExactSortedSample() {
    int n = 2_001;
    MonteCarloResult r = run(new CompromiseModel(), 42, n, 3);
    UncertaintySampler sampler = new UncertaintySampler(s, UncertaintyDefaults.standard());
    double[][] x = new double[2][n];
    int[] betterB = new int[3];
    for (int i = 0; i < n; i++) {
      SplittableRandom rng = new SplittableRandom(MonteCarlo.streamSeed(42, i));
      rng.nextLong();
      Scenario d = sampler.sample(rng);
      var out = OptionComparison.compare(d, d.options(), new CompromiseModel(), ModelConfig.defaults());
      x[0][i] = out.options().get(1).issues().get(0).outcome();
      x[1][i] = out.options().get(1).issues().get(1).outcome();
      for (int o = 0; o < 3; o++) if (out.options().get(o).actors().get(1).change() > 1e-12) betterB[o]++;
    }
    for (int j = 0; j < 2; j++) {
      var st = r.issues().get(2 + j);
      assertThat(st.option()).isEqualTo("tilt");
      double[] v = x[j].clone();
      Arrays.sort(v);
      double mean = Arrays.stream(v).average().orElseThrow();
      double var = Arrays.stream(v).map(t -> (t - mean) * (t - mean)).sum() / (n - 1);
      double halfBin = (j == 0 ? 100 : 10) / 2.0 / MonteCarloConfig.DEFAULT_BINS;
      assertThat(st.mean()).isCloseTo(mean, within(1e-9));
      assertThat(st.sd()).isCloseTo(Math.sqrt(var), within(1e-9));
      assertThat(st.p05()).isCloseTo(v[(int) Math.ceil(0.05 * n) - 1], within(halfBin + 1e-12));
      assertThat(st.p50()).isCloseTo(v[(int) Math.ceil(0.50 * n) - 1], within(halfBin + 1e-12));
      assertThat(st.p95()).isCloseTo(v[(int) Math.ceil(0.95 * n) - 1], within(halfBin + 1e-12));
      assertThat(st.min()).isEqualTo(v[0]);
      assertThat(st.max()).isEqualTo(v[n - 1]);
    }
    for (int o = 0; o < 3; o++) assertThat(r.actors().get(o * 2 + 1).better()).isEqualTo(betterB[o]);
    assertThat(r.actors().get(0).better()).as("status quo never beats itself").isZero();
    assertThat(r.issues().get(0).meanChange()).isZero();
  }

  @Test
  void run_cancelledAfter100_keepsExactlyTheCompletedSamples() {
    AtomicBoolean cancel = new AtomicBoolean();
    List<Long> seen = new ArrayList<>();
    MonteCarloResult r = new MonteCarlo(s, s.options(), new CompromiseModel(), ModelConfig.defaults(),
        MonteCarloConfig.of(3, 10_000, 1)).run(cancel, d -> {
          seen.add(d);
          if (d == 100) cancel.set(true);
        });
    assertThat(r.cancelled()).isTrue();
    assertThat(r.completed()).isEqualTo(100);
    assertThat(r.requested()).isEqualTo(10_000);
    MonteCarloResult first100 = run(new CompromiseModel(), 3, 100, 1);
    assertThat(r.issues()).isEqualTo(first100.issues());
    assertThat(r.actors()).isEqualTo(first100.actors());
  }

  @Test
  void streamSeed_dependsOnSeedAndIndexOnly() {
    assertThat(MonteCarlo.streamSeed(1, 0)).isEqualTo(MonteCarlo.mix64(1 + 0x9E3779B97F4A7C15L));
    assertThat(MonteCarlo.streamSeed(1, 0)).isNotEqualTo(MonteCarlo.streamSeed(1, 1)).isNotEqualTo(MonteCarlo.streamSeed(2, 0));
  }
}
