package io.peninsula.bench;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Back-to-back CPU time (ThreadMXBean) of a forecast on korea-2025 without and with the veto
 * constraint, alternating in short slices (so both see the same machine load), 5 warm-up pairs then
 * 40 measured pairs; prints the median CPU time per forecast of each and the median of the 40
 * paired overheads: a steadier figure than wall-clock JMH on a loaded machine. Run: {@code java -cp
 * peninsula-bench/target/benchmarks.jar io.peninsula.bench.VetoOverhead compromise 20000} (args:
 * model, forecasts per slice, any third argument = without notes). Output in bench/veto.txt.
 */
public final class VetoOverhead {
  private VetoOverhead() {}

  public static void main(String[] a) {
    Scenario s = ScenarioLoader.parse("korea-2025.yaml", BundledScenarios.text("korea-2025").orElseThrow());
    String name = a.length > 0 ? a[0] : "compromise";
    boolean withoutNotes = a.length > 2;
    BargainingModel none = BargainingModels.byName(name).orElseThrow();
    BargainingModel veto = new VetoConstrainedModel(none);
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    int n = Integer.parseInt(a.length > 1 ? a[1] : "20000");
    int warm = 5;
    int pairs = 40;
    double[][] us = new double[2][pairs];
    double[] overhead = new double[pairs];
    Object sink = null;
    for (int rep = 0; rep < warm + pairs; rep++) {
      for (int k = 0; k < 2; k++) {
        // alternate which variant goes first, so neither always follows the other
        int v = (rep % 2 == 0) ? k : 1 - k;
        BargainingModel m = v == 0 ? none : veto;
        long c0 = t.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) sink = withoutNotes ? m.forecastWithoutNotes(s, ModelConfig.defaults()) : m.forecast(s, ModelConfig.defaults());
        long c1 = t.getCurrentThreadCpuTime();
        if (rep >= warm) us[v][rep - warm] = (c1 - c0) / 1e3 / n;
      }
      if (rep >= warm) overhead[rep - warm] = 100 * (us[1][rep - warm] - us[0][rep - warm]) / us[0][rep - warm];
    }
    System.out.printf("%s%s: none %.2f us/op CPU, veto %.2f us/op CPU (medians of %d slices of %d), paired overhead median %.1f %%, quartiles %.1f / %.1f %%%n",
        name, withoutNotes ? " (without notes)" : "", median(us[0]), median(us[1]), pairs, n, median(overhead), quantile(overhead, 0.25), quantile(overhead, 0.75));
    if (sink == null) System.out.println();
  }

  private static double median(double[] v) {
    return quantile(v, 0.5);
  }

  private static double quantile(double[] v, double p) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c[(int) Math.round(p * (c.length - 1))];
  }
}
