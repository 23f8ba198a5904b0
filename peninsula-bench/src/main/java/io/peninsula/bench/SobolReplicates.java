package io.peninsula.bench;

import io.peninsula.engine.analysis.SensitivityAnalysis;
import io.peninsula.engine.analysis.SensitivityInputs;
import io.peninsula.engine.analysis.SobolIndices;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The real error of the default Sobol analysis, measured by replication: the analysis the CLI runs
 * ({@code sensitivity --method sobol}, model compromise under the veto constraint, every input of
 * {@link SensitivityInputs#standard}) once on the unshifted design with its bootstrap standard errors,
 * then R times on independently digitally shifted designs ({@link SobolIndices#computeShifted}). The
 * standard deviation of each index over the R replicates is the error of one estimate at this N; it
 * is compared with the bootstrap SE the CLI prints. Run: {@code java -cp
 * peninsula-bench/target/benchmarks.jar io.peninsula.bench.SobolReplicates korea-2025 4096 10
 * [per-index.csv]} (args: bundled scenario, N, R, optional CSV of every index). Output in
 * bench/sobol-replicates.txt.
 */
public final class SobolReplicates {
  private SobolReplicates() {}

  public static void main(String[] a) throws IOException {
    String id = a.length > 0 ? a[0] : "korea-2025";
    int n = a.length > 1 ? Integer.parseInt(a[1]) : SensitivityAnalysis.DEFAULT_SOBOL_N;
    int reps = a.length > 2 ? Integer.parseInt(a[2]) : 10;
    Scenario s = ScenarioLoader.parse(id + ".yaml", BundledScenarios.text(id).orElseThrow());
    BargainingModel model = new VetoConstrainedModel(BargainingModels.byName("compromise").orElseThrow());
    ModelConfig config = ModelConfig.defaults();
    SensitivityInputs inputs = SensitivityInputs.standard(s);
    List<String> issues = s.issues().stream().map(Issue::id).toList();
    Function<double[], double[]> f = u -> {
      var r = model.forecastWithoutNotes(inputs.scenario(u), config);
      double[] y = new double[issues.size()];
      for (int o = 0; o < y.length; o++) y[o] = r.issue(issues.get(o)).orElseThrow().outcome();
      return y;
    };
    int k = inputs.size();
    long t0 = System.nanoTime();
    SobolIndices.Result base = SobolIndices.compute(k, n, SensitivityAnalysis.RESAMPLES, config.seed(), f);
    System.out.printf(Locale.ROOT, "%s, compromise + veto, k = %d inputs x %d issues, N = %d, R = %d shifted replicates%n", id, k, issues.size(), n, reps);
    System.out.printf(Locale.ROOT, "unshifted design with bootstrap: %.0f s wall%n", (System.nanoTime() - t0) / 1e9);
    double[][][] first = new double[reps][][];
    double[][][] total = new double[reps][][];
    for (int r = 0; r < reps; r++) {
      long t = System.nanoTime();
      SobolIndices.Result x = SobolIndices.computeShifted(k, n, 1000L + r, f);
      first[r] = x.first();
      total[r] = x.total();
      System.out.printf(Locale.ROOT, "replicate %d: %.0f s wall%n", r + 1, (System.nanoTime() - t) / 1e9);
    }
    int m = issues.size();
    List<String> lines = new ArrayList<>();
    lines.add("issue,input,S,boot_se_S,rep_mean_S,rep_sd_S,ST,boot_se_ST,rep_mean_ST,rep_sd_ST");
    double maxBoot = 0, maxRep = 0, maxBootT = 0, maxRepT = 0;
    int overBoot = 0, overRep = 0, indices = 0;
    List<double[]> ratios = new ArrayList<>();
    String worstRep = "";
    int[] worst = {0, 0};
    for (int o = 0; o < m; o++) {
      for (int i = 0; i < k; i++) {
        indices++;
        double[] fs = new double[reps];
        double[] ts = new double[reps];
        for (int r = 0; r < reps; r++) {
          fs[r] = first[r][o][i];
          ts[r] = total[r][o][i];
        }
        double sdF = sd(fs), sdT = sd(ts);
        double bF = base.firstSe()[o][i], bT = base.totalSe()[o][i];
        if (bF > maxBoot) maxBoot = bF;
        if (sdF > maxRep) {
          maxRep = sdF;
          worst[0] = o;
          worst[1] = i;
          worstRep = issues.get(o) + " / " + inputs.inputs().get(i).label() + String.format(Locale.ROOT, " (S = %.2f, bootstrap SE %.4f)", base.first()[o][i], bF);
        }
        maxBootT = Math.max(maxBootT, bT);
        maxRepT = Math.max(maxRepT, sdT);
        if (bF > 0.01) overBoot++;
        if (sdF > 0.01) overRep++;
        if (bF > 0.001) ratios.add(new double[] {sdF / bF});
        lines.add(String.format(Locale.ROOT, "%s,%s,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f", issues.get(o), inputs.inputs().get(i).label(),
            base.first()[o][i], bF, mean(fs), sdF, base.total()[o][i], bT, mean(ts), sdT));
      }
    }
    double[] rr = ratios.stream().mapToDouble(x -> x[0]).sorted().toArray();
    System.out.printf(Locale.ROOT, "first order: max bootstrap SE %.4f (%d of %d indices > 0.01); max replicate SD %.4f (%d of %d > 0.01)%n",
        maxBoot, overBoot, indices, maxRep, overRep, indices);
    System.out.printf(Locale.ROOT, "  largest replicate SD: %s%n", worstRep);
    StringBuilder each = new StringBuilder();
    for (int r = 0; r < reps; r++) each.append(String.format(Locale.ROOT, " %.4f", first[r][worst[0]][worst[1]]));
    System.out.printf(Locale.ROOT, "  its replicates:%s%n", each);
    System.out.printf(Locale.ROOT, "total order: max bootstrap SE %.4f; max replicate SD %.4f%n", maxBootT, maxRepT);
    if (rr.length > 0)
      System.out.printf(Locale.ROOT, "replicate SD / bootstrap SE over the %d first-order indices with bootstrap SE > 0.001: median %.2f, quartiles %.2f / %.2f, max %.2f%n",
          rr.length, rr[rr.length / 2], rr[rr.length / 4], rr[3 * rr.length / 4], rr[rr.length - 1]);
    System.out.println("(the SD of R = " + reps + " replicates is itself uncertain by about 1/sqrt(2(R-1)) = "
        + String.format(Locale.ROOT, "%.0f %%", 100 / Math.sqrt(2.0 * (reps - 1))) + ")");
    if (a.length > 3) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[3])))) {
        lines.forEach(w::println);
      }
    }
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  private static double sd(double[] v) {
    double m = mean(v), s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return Math.sqrt(s / (v.length - 1));
  }
}
