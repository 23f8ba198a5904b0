package io.peninsula.bench;

import io.peninsula.engine.bargaining.ScenarioKernel;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.model.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time (ThreadMXBean, this thread only) of one SMP kernel forecast on korea-2025, the same
 * draws as {@link SmpKernelBenchmark}: 3 warm-up repetitions, then 5 measured ones, best and
 * median printed, plus a checksum of every outcome (it changes if any bit of any outcome does).
 * Insensitive to other processes' load, unlike wall-clock JMH. Run: {@code java -cp
 * peninsula-bench/target/benchmarks.jar io.peninsula.bench.SmpKernelCpu [none|veto] [passes]}.
 * Figures in bench/montecarlo.txt.
 */
public final class SmpKernelCpu {
  private SmpKernelCpu() {}

  public static void main(String[] a) {
    String constraint = a.length > 0 ? a[0] : "veto";
    int passes = a.length > 1 ? Integer.parseInt(a[1]) : 10;
    Scenario s = ScenarioFormats.read("yaml", "korea-2025.yaml", BundledScenarios.text("korea-2025").orElseThrow());
    ScenarioKernel kernel = SmpKernelBenchmark.kernel(s, constraint);
    int draws = 256;
    double[][] c = new double[draws][s.actors().size()];
    double[][] x = new double[draws][s.positions().size()];
    double[][] w = new double[draws][s.positions().size()];
    SmpKernelBenchmark.draw(s, c, x, w);
    double[] out = new double[s.issues().size()];
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[] us = new double[5];
    long check = 0;
    for (int rep = 0; rep < 8; rep++) {
      long c0 = t.getCurrentThreadCpuTime();
      long h = 0;
      for (int p = 0; p < passes; p++)
        for (int i = 0; i < draws; i++) {
          kernel.outcomes(c[i], x[i], w[i], i, out);
          for (double v : out) h = 31 * h + Double.doubleToLongBits(v);
        }
      long c1 = t.getCurrentThreadCpuTime();
      check = h;
      if (rep >= 3) us[rep - 3] = (c1 - c0) / 1e3 / passes / draws;
    }
    java.util.Arrays.sort(us);
    System.out.printf(java.util.Locale.ROOT, "smp kernel (%s) korea-2025: %.1f us/forecast CPU best, %.1f median; checksum %016x%n", constraint,
        us[0], us[2], check);
  }
}
