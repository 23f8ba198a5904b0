package io.peninsula.bench;

import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * enummixed ({@link VertexEnumeration}) against lrsnash (lrslib) on the same random bimatrix games:
 * for each game, both equilibrium sets (compared exactly, not only counted) and wall times. lrsnash
 * runs as a process, {@code --reps} times per game (median wall time, which includes fork/exec, and
 * the CPU time it reports itself); ours runs in this JVM, first once per game in order (the first
 * figure is cold), then {@code --reps} more times per game after that warm-up (median wall time and
 * thread CPU time). On a shared machine the CPU-time ratio is the fairer comparison.
 *
 * <p>Games: size n×n, game g uses {@code new SplittableRandom(seed + g)} and draws A then B, row by
 * row, each entry {@code nextInt(max + 1)} (as {@code VertexEnumerationTest.randomGame}).
 *
 * <p>Run: {@code bench/enummixed.sh} (builds, then {@code java -cp peninsula-bench/target/benchmarks.jar
 * io.peninsula.bench.EnummixedVsLrsnash --sizes 10,12,15 --games 5 --seed 2024 --max 99 --reps 3}).
 * {@code --write DIR} also writes each game as DIR/game-NxN-G.nfg and .lrs for command-line runs.
 */
public final class EnummixedVsLrsnash {
  private static final Pattern CPU_TIME = Pattern.compile("^\\*(\\d+\\.\\d+)u (\\d+\\.\\d+)s", Pattern.MULTILINE);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private EnummixedVsLrsnash() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int[] sizes = {10, 12, 15};
    int games = 5;
    long seed = 2024;
    int max = 99;
    int reps = 3;
    String lrsnash = "/usr/bin/lrsnash";
    Path write = null;
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
        case "--games" -> games = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--max" -> max = Integer.parseInt(v);
        case "--reps" -> reps = Integer.parseInt(v);
        case "--lrsnash" -> lrsnash = v;
        case "--write" -> write = Path.of(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (options: --sizes 10,12,15 --games N --seed S --max M --reps R --lrsnash PATH --write DIR)");
      }
    }
    List<StrategicGame> all = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int n : sizes)
      for (int g = 0; g < games; g++) {
        all.add(randomGame(n, n, max, seed + g));
        names.add(n + "x" + n + " #" + g);
      }
    Path dir = write != null ? Files.createDirectories(write) : Files.createTempDirectory("enummixed-bench");
    // lrsnash first, one game after the other, reps times each (median)
    List<List<MixedProfile>> lrs = new ArrayList<>();
    double[][] lrsTimes = new double[all.size()][];
    for (int k = 0; k < all.size(); k++) {
      StrategicGame g = all.get(k);
      Path in = dir.resolve(fileName(g, k % games) + ".lrs");
      Files.writeString(in, lrsInput(g));
      if (write != null) Files.writeString(dir.resolve(fileName(g, k % games) + ".nfg"), nfg(g));
      double[] wall = new double[reps];
      double[] cpu = new double[reps];
      String out = null;
      for (int r = 0; r < reps; r++) {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(lrsnash, in.toString()).redirectErrorStream(true).start();
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("lrsnash failed on " + in + ":\n" + out);
        wall[r] = (System.nanoTime() - t0) / 1e6;
        Matcher mu = CPU_TIME.matcher(out);
        cpu[r] = mu.find() ? (Double.parseDouble(mu.group(1)) + Double.parseDouble(mu.group(2))) * 1000 : Double.NaN;
      }
      lrsTimes[k] = new double[] {median(wall), median(cpu)};
      lrs.add(parseLrsnash(out, g.numStrategies(0), g.numStrategies(1)));
    }
    VertexEnumeration solver = new VertexEnumeration();
    List<List<MixedProfile>> ours = new ArrayList<>();
    double[] first = new double[all.size()];
    for (int k = 0; k < all.size(); k++) {
      long t0 = System.nanoTime();
      ours.add(solver.solve(all.get(k)));
      first[k] = (System.nanoTime() - t0) / 1e6;
    }
    double[][] ourTimes = new double[all.size()][];
    for (int k = 0; k < all.size(); k++) {
      double[] wall = new double[reps];
      double[] cpu = new double[reps];
      for (int r = 0; r < reps; r++) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        if (!solver.solve(all.get(k)).equals(ours.get(k))) throw new IllegalStateException("non-deterministic result on " + names.get(k));
        wall[r] = (System.nanoTime() - t0) / 1e6;
        cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      ourTimes[k] = new double[] {median(wall), median(cpu)};
    }
    String head = "%-10s %6s %6s %5s | %9s %9s | %9s %9s %9s | %6s %6s%n";
    String row = "%-10s %6s %6s %5s | %9.1f %9.1f | %9s %9.1f %9.1f | %6.2f %6.2f%n";
    System.out.printf(Locale.ROOT, "# times in ms; lrs: lrsnash process (wall incl. fork/exec; cpu = its own user+sys report), median of %d;%n", reps);
    System.out.printf(Locale.ROOT, "# our: in-process; first = first solve of the game (the first game's includes JVM warm-up), wall/cpu = median of %d warm solves%n", reps);
    System.out.printf(Locale.ROOT, head, "game", "lrs_eq", "our_eq", "same", "lrs_wall", "lrs_cpu", "our_first", "our_wall", "our_cpu", "wall/", "cpu/");
    boolean allSame = true;
    int k = 0;
    for (int n : sizes) {
      double[] sum = new double[4];
      for (int g = 0; g < games; g++, k++) {
        boolean same = new HashSet<>(lrs.get(k)).equals(new HashSet<>(ours.get(k))) && lrs.get(k).size() == ours.get(k).size();
        allSame &= same;
        sum[0] += lrsTimes[k][0];
        sum[1] += lrsTimes[k][1];
        sum[2] += ourTimes[k][0];
        sum[3] += ourTimes[k][1];
        System.out.printf(Locale.ROOT, row, names.get(k), lrs.get(k).size(), ours.get(k).size(), same ? "yes" : "NO", lrsTimes[k][0], lrsTimes[k][1],
            String.format(Locale.ROOT, "%.1f", first[k]), ourTimes[k][0], ourTimes[k][1], ourTimes[k][0] / lrsTimes[k][0], ourTimes[k][1] / lrsTimes[k][1]);
      }
      System.out.printf(Locale.ROOT, row, n + "x" + n + " sum", "", "", "", sum[0], sum[1], "", sum[2], sum[3], sum[2] / sum[0], sum[3] / sum[1]);
    }
    System.out.println(allSame ? "# every game: the same equilibria (as exact fractions) from both" : "# MISMATCH: see same = NO");
    if (!allSame) System.exit(1);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** The benchmark's games: A then B, row by row, entries uniform in 0..max from SplittableRandom(seed). */
  static StrategicGame randomGame(int rows, int cols, int max, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Rational[][] a = new Rational[rows][cols];
    Rational[][] b = new Rational[rows][cols];
    for (Rational[][] mat : List.of(a, b)) for (Rational[] row : mat) for (int j = 0; j < cols; j++) row[j] = Rational.of(rnd.nextInt(max + 1));
    return StrategicGame.bimatrix("random " + rows + "x" + cols + " seed " + seed, a, b);
  }

  private static String fileName(StrategicGame g, int index) {
    return "game-" + g.numStrategies(0) + "x" + g.numStrategies(1) + "-" + index;
  }

  /** lrsnash's input: "m n", then A and B row by row. */
  static String lrsInput(StrategicGame g) {
    int m = g.numStrategies(0);
    int n = g.numStrategies(1);
    StringBuilder sb = new StringBuilder().append(m).append(' ').append(n).append("\n\n");
    for (int p = 0; p < 2; p++) {
      Rational[][] mat = g.matrix(p);
      for (Rational[] row : mat) sb.append(String.join(" ", Arrays.stream(row).map(Rational::toString).toList())).append('\n');
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The game in Gambit's .nfg payoff format (first player's strategy varying fastest). */
  static String nfg(StrategicGame g) {
    int m = g.numStrategies(0);
    int n = g.numStrategies(1);
    StringBuilder sb = new StringBuilder("NFG 1 R \"" + g.title() + "\" { \"1\" \"2\" } { " + m + " " + n + " }\n\n");
    Rational[][] a = g.matrix(0);
    Rational[][] b = g.matrix(1);
    for (int j = 0; j < n; j++) for (int i = 0; i < m; i++) sb.append(a[i][j]).append(' ').append(b[i][j]).append(' ');
    return sb.append('\n').toString();
  }

  /**
   * lrsnash prints, per vertex x of player 1's polytope, the matching y's ("2 y_1 .. y_n payoff")
   * and then x ("1 x_1 .. x_m payoff"); every y line pairs with the x line that closes its group.
   */
  static List<MixedProfile> parseLrsnash(String out, int m, int n) {
    List<MixedProfile> eq = new ArrayList<>();
    List<List<Rational>> ys = new ArrayList<>();
    for (String line : out.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f[0].equals("2")) ys.add(probabilities(f, n));
      else if (f[0].equals("1")) {
        List<Rational> x = probabilities(f, m);
        for (List<Rational> y : ys) eq.add(new MixedProfile(List.of(x, y)));
        ys.clear();
      }
    }
    return eq;
  }

  private static List<Rational> probabilities(String[] f, int k) {
    List<Rational> v = new ArrayList<>();
    for (int i = 1; i <= k; i++) v.add(Rational.parse(f[i]));
    return v;
  }
}
