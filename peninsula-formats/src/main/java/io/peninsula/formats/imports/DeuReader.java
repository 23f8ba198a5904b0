package io.peninsula.formats.imports;

import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import io.peninsula.model.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the DEU III data set (Arregui &amp; Perarnaud 2021, "A new dataset on legislative
 * decision-making in the European Union: the DEU III dataset", <i>Journal of European Public
 * Policy</i> 29(1)) in its tab-separated form: a header row; row 2 holds each actor's GDP under its
 * position column, used as capability as given; then one row per issue. Columns {@code pcom … puk}
 * are positions (0–100), {@code scom … suk} saliences (0–100, divided by 100), {@code rp} the
 * reference point and {@code out} the observed outcome. Fields may be quoted with {@code "}. The
 * reference point becomes the issue's status quo and {@code proc} / {@code counvte} its decision
 * rule ({@link DeuProcedure}), so the veto-player constraint can run on DEU cases.
 *
 * <p>Rules (no other filtering): issues with a blank {@code out} are skipped; an actor with a blank
 * position or salience is absent from that issue. Each issue becomes one {@link BacktestCase} with
 * its own one-issue scenario on the scale [0, 100]; the case id is the {@code isnr} column when
 * present, otherwise {@code row<N>}. Every problem in the file is collected before an
 * {@link InputException} is thrown.
 */
public final class DeuReader {
  static final String SOURCE_ID = "deu3";
  static final String CITATION =
      "Arregui, J. & Perarnaud, C. (2021). A new dataset on legislative decision-making in the European Union: "
          + "the DEU III dataset. Journal of European Public Policy 29(1), 12-22.";

  private DeuReader() {}

  public static List<BacktestCase> read(Path file) {
    // size-checked before reading (InputLimits.readFile)
    return read(new java.io.StringReader(io.peninsula.formats.InputLimits.readFile(file)), file.toString());
  }

  public static List<BacktestCase> read(Reader reader, String fileName) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader br = new BufferedReader(reader)) {
      for (String line = br.readLine(); line != null; line = br.readLine()) rows.add(split(line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
    List<Problem> problems = new ArrayList<>();
    if (rows.size() < 2) throw InputException.of(fileName, rows.size() + 1, 0, "",
        "a DEU file needs a header row and a capability row; found " + rows.size() + " row(s)");
    String[] header = rows.get(0);
    int out = indexOf(header, "out");
    int rp = indexOf(header, "rp");
    int isnr = indexOf(header, "isnr");
    int proc = indexOf(header, "proc");
    int counvte = indexOf(header, "counvte");
    List<int[]> actorCols = new ArrayList<>(); // {positionCol, salienceCol}
    List<String> actorIds = new ArrayList<>();
    for (int k = 0; k < header.length; k++) {
      String h = header[k];
      if (h.length() < 2 || h.charAt(0) != 'p' || !isActorCode(h.substring(1))) continue;
      int s = indexOf(header, "s" + h.substring(1));
      if (s < 0) continue;
      int first = actorIds.indexOf(h.substring(1));
      if (first >= 0) {
        problems.add(new Problem(fileName, 1, k + 1, h, "column \"" + h + "\" appears twice (first as column "
            + (actorCols.get(first)[0] + 1) + "); give each actor's position column once"));
        continue;
      }
      actorCols.add(new int[] {k, s});
      actorIds.add(h.substring(1));
    }
    if (out < 0) problems.add(new Problem(fileName, 1, 0, "out", "header has no \"out\" column (observed outcome); add it"));
    if (actorCols.isEmpty())
      problems.add(new Problem(fileName, 1, 0, "", "header has no actor columns: expected pairs such as \"pcom\"/\"scom\""));
    if (!problems.isEmpty()) throw new InputException(problems);

    String[] capRow = rows.get(1);
    double[] capability = new double[actorIds.size()];
    for (int a = 0; a < actorIds.size(); a++) {
      int col = actorCols.get(a)[0];
      Optional<Double> v = number(capRow, col, fileName, 2, header[col] + " (capability)", 0, Double.MAX_VALUE, problems);
      if (v.isEmpty() && cell(capRow, col).isEmpty())
        problems.add(new Problem(fileName, 2, col + 1, header[col] + " (capability)",
            "capability (GDP) is blank; row 2 must give a number >= 0 for every actor"));
      capability[a] = v.orElse(0.0);
    }

    List<BacktestCase> cases = new ArrayList<>();
    SourceRef ref = SourceRef.of(SOURCE_ID);
    for (int r = 2; r < rows.size(); r++) {
      String[] row = rows.get(r);
      int line = r + 1;
      if (row.length == 1 && row[0].isBlank()) continue;
      if (cell(row, out).isEmpty()) continue;
      Optional<Double> observed = number(row, out, fileName, line, "out", 0, 100, problems);
      Optional<Double> reference = rp < 0 || cell(row, rp).isEmpty() ? Optional.empty()
          : number(row, rp, fileName, line, "rp", 0, 100, problems);
      String id = isnr >= 0 && !cell(row, isnr).isEmpty() ? cell(row, isnr) : "row" + line;
      List<Actor> actors = new ArrayList<>();
      List<Position> positions = new ArrayList<>();
      for (int a = 0; a < actorIds.size(); a++) {
        int pc = actorCols.get(a)[0];
        int sc = actorCols.get(a)[1];
        if (cell(row, pc).isEmpty() || cell(row, sc).isEmpty()) continue;
        Optional<Double> x = number(row, pc, fileName, line, header[pc], 0, 100, problems);
        Optional<Double> s = number(row, sc, fileName, line, header[sc], 0, 100, problems);
        if (x.isEmpty() || s.isEmpty()) continue;
        actors.add(Actor.simple(actorIds.get(a), capability[a], ref));
        positions.add(Position.of(actorIds.get(a), id, x.get(), s.get() / 100.0, ref));
      }
      if (actors.isEmpty()) {
        problems.add(new Problem(fileName, line, 0, id, "issue has an observed outcome but no actor with both a position and a salience"));
        continue;
      }
      if (observed.isEmpty()) continue;
      List<String> present = actors.stream().map(Actor::id).toList();
      Issue issue = Issue.unlabelled(id, 0, 100)
          .withStatusQuo(DeuProcedure.statusQuo(reference, SOURCE_ID))
          .withDecision(DeuProcedure.rule(cell(row, proc), cell(row, counvte), present));
      Scenario sc = new Scenario(new Metadata(id, "DEU III " + id, "", "DEU III decision " + id),
          List.of(Source.of(SOURCE_ID, CITATION), DeuProcedure.source()), actors, List.of(issue), positions, List.of(), List.of());
      cases.add(new BacktestCase(id, sc, reference, observed.get()));
    }
    if (!problems.isEmpty()) throw new InputException(problems);
    return List.copyOf(cases);
  }

  private static boolean isActorCode(String s) {
    return s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && !s.isEmpty();
  }

  private static int indexOf(String[] header, String name) {
    for (int k = 0; k < header.length; k++) if (header[k].equals(name)) return k;
    return -1;
  }

  private static String cell(String[] row, int col) {
    return col >= 0 && col < row.length ? row[col] : "";
  }

  private static Optional<Double> number(
      String[] row, int col, String file, int line, String field, double min, double max, List<Problem> problems) {
    String v = cell(row, col);
    if (v.isEmpty()) return Optional.empty();
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      problems.add(new Problem(file, line, col + 1, field, "\"" + v + "\" is not a number; expected a number in [" + fmt(min) + ", " + fmt(max) + "] or a blank cell"));
      return Optional.empty();
    }
    if (!Double.isFinite(d)) {
      problems.add(new Problem(file, line, col + 1, field, "\"" + v + "\" is not a finite number (NaN and infinities are not accepted); expected a number in [" + fmt(min) + ", " + fmt(max) + "] or a blank cell"));
      return Optional.empty();
    }
    if (!(d >= min && d <= max)) {
      problems.add(new Problem(file, line, col + 1, field, v + " is out of range; must be in [" + fmt(min) + ", " + fmt(max) + "]"));
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private static String fmt(double v) {
    return v == Double.MAX_VALUE ? "inf" : (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
  }

  /** Splits a tab-separated line, trimming and removing one pair of surrounding double quotes. */
  static String[] split(String line) {
    String[] parts = line.split("\t", -1);
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k].trim();
      if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) p = p.substring(1, p.length() - 1).trim();
      parts[k] = p;
    }
    return parts;
  }
}
