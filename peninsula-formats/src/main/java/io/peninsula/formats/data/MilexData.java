package io.peninsula.formats.data;

import io.peninsula.engine.dynamics.AnnualSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Military expenditure by state and year from a bundled data subset (see
 * {@code io/peninsula/data/README.md} for citations): {@link #sipri()} — SIPRI Military Expenditure
 * Database, current US$ millions, 1949–2018, no North Korea — or {@link #nmc()} — COW National
 * Material Capabilities v6.0 {@code milex}, converted from thousands to millions of current US$,
 * 1990–2016, with North Korea only for 1990–2001 ({@code -9}, missing, afterwards). States are
 * named by COW abbreviation ({@code USA}, {@code CHN}, {@code JPN}, {@code ROK}, {@code PRK},
 * {@code RUS}, ...).
 */
public final class MilexData {
  /** Which data set. */
  public enum Source {
    SIPRI("SIPRI Military Expenditure Database (current US$ millions), bundled subset sipri-milex-subset.csv"),
    NMC("COW National Material Capabilities v6.0 milex (current US$, thousands -> millions), bundled subset nmc-v6-subset.csv");

    private final String citation;

    Source(String citation) {
      this.citation = citation;
    }

    public String citation() {
      return citation;
    }
  }

  private final Source source;
  private final String file;
  private final byte[] bytes;
  private final Map<String, TreeMap<Integer, Double>> byState;

  private MilexData(Source source, String file, byte[] bytes, Map<String, TreeMap<Integer, Double>> byState) {
    this.source = source;
    this.file = file;
    this.bytes = bytes;
    this.byState = byState;
  }

  public static MilexData sipri() {
    return load(Source.SIPRI, "sipri-milex-subset.csv", "state", "milex_usd_millions_current", 1.0);
  }

  public static MilexData nmc() {
    return load(Source.NMC, "nmc-v6-subset.csv", "stateabb", "milex_thousands_usd", 1e-3);
  }

  public static MilexData of(Source source) {
    return source == Source.SIPRI ? sipri() : nmc();
  }

  public Source source() {
    return source;
  }

  /** The bundled file read, as its resource path inside the jar (e.g. {@code io/peninsula/data/sipri-milex-subset.csv}). */
  public String file() {
    return file;
  }

  /** The file's bytes as read (a copy), for the hash a run's provenance records. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The states with at least one value. */
  public Set<String> states() {
    return byState.keySet();
  }

  /** The years a state has values for (empty when none). */
  public List<Integer> years(String state) {
    TreeMap<Integer, Double> m = byState.get(state);
    return m == null ? List.of() : List.copyOf(m.keySet());
  }

  /**
   * The state's series over {@code [from, to]}; throws {@link io.peninsula.error.InvalidInputException} saying what
   * is missing (unknown state, years outside the data, a gap).
   */
  public AnnualSeries series(String state, int from, int to) {
    TreeMap<Integer, Double> m = byState.get(state);
    if (m == null)
      throw new io.peninsula.error.InvalidInputException(source.name().toLowerCase(java.util.Locale.ROOT) + " has no military expenditure for \"" + state
          + "\" (states: " + String.join(", ", byState.keySet()) + ")"
          + (state.equals("PRK") && source == Source.SIPRI ? "; SIPRI publishes no series for North Korea: use --data nmc (COW NMC, 1990-2001 only)" : ""));
    double[] v = new double[to - from + 1];
    for (int y = from; y <= to; y++) {
      Double d = m.get(y);
      if (d == null)
        throw new io.peninsula.error.InvalidInputException(source.name().toLowerCase(java.util.Locale.ROOT) + " has no value for " + state + " in " + y
            + " (" + state + " has " + ranges(m) + ")");
      v[y - from] = d;
    }
    return new AnnualSeries(state, from, v);
  }

  /** The widest window of years both states cover without a gap, as {@code [from, to]}, ending at the latest common year. */
  public int[] commonWindow(String a, String b) {
    TreeMap<Integer, Double> ma = byState.getOrDefault(a, new TreeMap<>());
    TreeMap<Integer, Double> mb = byState.getOrDefault(b, new TreeMap<>());
    int last = Integer.MIN_VALUE;
    for (int y : ma.descendingKeySet()) if (mb.containsKey(y)) { last = y; break; }
    if (last == Integer.MIN_VALUE) return new int[0];
    int first = last;
    while (ma.containsKey(first - 1) && mb.containsKey(first - 1)) first--;
    return new int[] {first, last};
  }

  private static String ranges(TreeMap<Integer, Double> m) {
    List<String> out = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int y : m.keySet()) {
      if (start == null) start = y;
      else if (y != prev + 1) {
        out.add(start + "-" + prev);
        start = y;
      }
      prev = y;
    }
    if (start != null) out.add(start + "-" + prev);
    return out.isEmpty() ? "no values" : String.join(", ", out);
  }

  private static MilexData load(Source source, String file, String stateColumn, String valueColumn, double scale) {
    String path = "/io/peninsula/data/" + file;
    byte[] bytes;
    try (InputStream in = MilexData.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing bundled resource " + path);
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    int si = header.indexOf(stateColumn);
    int yi = header.indexOf("year");
    int vi = header.indexOf(valueColumn);
    if (si < 0 || yi < 0 || vi < 0) throw new IllegalStateException(path + ": expected columns " + stateColumn + ", year, " + valueColumn);
    Map<String, TreeMap<Integer, Double>> by = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      double v = Double.parseDouble(c[vi]);
      if (v <= 0) continue; // -9 marks a missing COW value
      by.computeIfAbsent(c[si], k -> new TreeMap<>()).put(Integer.parseInt(c[yi]), v * scale);
    }
    return new MilexData(source, path.substring(1), bytes, by);
  }
}
