package io.peninsula.formats.imports;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads KTAB's SMP CSV input (KAPSARC KTAB {@code SMPModel::csvRead}, smpread.cpp):
 *
 * <pre>
 * name, description, nActors, nDims[, ignored…]
 * Actor, Description, Power, Pstn1, Sal1, Pstn2, Sal2, …   (dimension names may replace Pstn1)
 * actorName, actorDescription, power, pos1, sal1, pos2, sal2, …   (nActors rows)
 * </pre>
 *
 * Positions and saliences are on 0–100; an actor's saliences sum to at most 100; power is in
 * (0, 1e8]. Fields are trimmed, surrounding double quotes removed, empty trailing fields ignored.
 * The scenario has one 0–100 issue per dimension (id: the dimension name in lower case with
 * non-alphanumerics as '-', title: the name), salience = value / 100 as in KTAB. Every problem of
 * the file is reported at once, located by line and column (1-based field number).
 */
public final class KtabCsvReader {
  private KtabCsvReader() {}

  private static final String SOURCE = "ktab-csv";

  public static Scenario read(String fileName, String content) {
    List<Problem> problems = new ArrayList<>();
    String[] lines = content.split("\\r?\\n", -1);
    int last = lines.length;
    while (last > 0 && lines[last - 1].isBlank()) last--;
    if (last < 2) throw InputException.of(fileName, last + 1, 0, "",
        "a KTAB CSV needs a first line 'name, description, nActors, nDims' and a header line; the file has " + last + " line(s)");
    List<String> head = fields(lines[0]);
    String name = head.isEmpty() ? "" : head.get(0);
    String desc = head.size() > 1 ? head.get(1) : "";
    if (name.isEmpty()) problems.add(new Problem(fileName, 1, 1, "name", "scenario name is empty; line 1 must be 'name, description, nActors, nDims'"));
    int nAct = count(fileName, head, 2, "nActors", 3, 250, problems);
    int nDim = count(fileName, head, 3, "nDims", 1, 1000, problems);
    if (nAct < 0 || nDim < 0) throw new InputException(problems);

    List<String> hdr = fields(lines[1]);
    if (hdr.size() < 3 + 2 * nDim)
      problems.add(new Problem(fileName, 2, hdr.size() + 1, "header", "header has " + hdr.size() + " fields; with nDims = " + nDim
          + " it needs " + (3 + 2 * nDim) + ": Actor, Description, Power, then a position and a salience column per dimension"));
    List<Issue> issues = new ArrayList<>();
    Set<String> issueIds = new HashSet<>();
    for (int k = 0; k < nDim; k++) {
      String dn = 3 + 2 * k < hdr.size() && !hdr.get(3 + 2 * k).isEmpty() ? hdr.get(3 + 2 * k) : "Dim" + (k + 1);
      String id = slug(dn);
      for (int suffix = 2; !issueIds.add(id); suffix++) id = slug(dn) + "-" + suffix;
      issues.add(new Issue(id, dn, 0, 100, List.of()));
    }

    List<Actor> actors = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int rows = last - 2;
    if (rows != nAct)
      problems.add(new Problem(fileName, rows < nAct ? last + 1 : 2 + nAct + 1, 0, "nActors",
          "line 1 declares nActors = " + nAct + " but the file has " + rows + " actor row(s); make them agree"));
    for (int r = 0; r < Math.min(rows, nAct); r++) {
      int line = r + 3;
      List<String> f = fields(lines[r + 2]);
      String an = f.isEmpty() ? "" : f.get(0);
      String field = "actors[" + r + "]";
      if (an.isEmpty()) problems.add(new Problem(fileName, line, 1, field + ".name", "actor name is empty"));
      else if (!names.add(an)) problems.add(new Problem(fileName, line, 1, field + ".name", "actor name '" + an + "' is used twice; names must be unique"));
      if (f.size() < 3 + 2 * nDim) {
        problems.add(new Problem(fileName, line, f.size() + 1, field, "row has " + f.size() + " fields; needs " + (3 + 2 * nDim)
            + " (name, description, power, then position and salience for each of " + nDim + " dimensions)"));
        continue;
      }
      for (int c = 3 + 2 * nDim; c < f.size(); c++)
        problems.add(new Problem(fileName, line, c + 1, field, "unexpected extra value '" + f.get(c) + "' after the "
            + nDim + " dimensions declared on line 1; check nDims or remove it"));
      double power = number(fileName, line, 3, field + ".power", f.get(2), problems);
      if (power == power && !(power > 0 && power <= 1e8))
        problems.add(new Problem(fileName, line, 3, field + ".power", "power = " + f.get(2) + "; must be in (0, 1e8]"));
      double salSum = 0;
      for (int k = 0; k < nDim; k++) {
        String pf = field + "." + issues.get(k).id();
        double pos = number(fileName, line, 4 + 2 * k, pf + ".position", f.get(3 + 2 * k), problems);
        double sal = number(fileName, line, 5 + 2 * k, pf + ".salience", f.get(4 + 2 * k), problems);
        if (pos == pos && !(pos >= 0 && pos <= 100))
          problems.add(new Problem(fileName, line, 4 + 2 * k, pf + ".position", "position = " + f.get(3 + 2 * k) + "; must be in [0, 100]"));
        if (sal == sal && !(sal >= 0 && sal <= 100))
          problems.add(new Problem(fileName, line, 5 + 2 * k, pf + ".salience", "salience = " + f.get(4 + 2 * k) + "; must be in [0, 100]"));
        if (sal == sal) salSum += sal;
        if (pos >= 0 && pos <= 100 && sal >= 0 && sal <= 100 && !an.isEmpty())
          positions.add(Position.of(an, issues.get(k).id(), pos, sal / 100.0, SourceRef.of(SOURCE)));
      }
      if (salSum > 100)
        problems.add(new Problem(fileName, line, 0, field + ".salience", String.format(Locale.ROOT,
            "saliences of actor '%s' sum to %s; must total at most 100 (shares of attention); reduce them", an, fmt(salSum))));
      if (power > 0 && power <= 1e8 && !an.isEmpty())
        actors.add(new Actor(an, f.get(1).isEmpty() ? an : f.get(1), io.peninsula.model.ActorKind.STATE,
            java.util.Optional.empty(), power, SourceRef.of(SOURCE), java.util.Optional.empty(), List.of()));
    }
    if (!problems.isEmpty()) throw new InputException(problems);
    Metadata meta = new Metadata(slug(name), name, "", desc);
    return new Scenario(meta, List.of(Source.of(SOURCE, "KTAB SMP CSV input " + fileName)), actors, issues, positions,
        List.of(), List.of());
  }

  private static int count(String file, List<String> f, int idx, String field, int min, int max, List<Problem> problems) {
    if (idx >= f.size() || f.get(idx).isEmpty()) {
      problems.add(new Problem(file, 1, idx + 1, field, field + " is missing; line 1 must be 'name, description, nActors, nDims'"));
      return -1;
    }
    try {
      int v = Integer.parseInt(f.get(idx));
      if (v < min || v > max) {
        problems.add(new Problem(file, 1, idx + 1, field, field + " = " + v + "; must be in [" + min + ", " + max + "]"));
        return -1;
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(new Problem(file, 1, idx + 1, field, field + " = '" + f.get(idx) + "' is not a whole number"));
      return -1;
    }
  }

  private static double number(String file, int line, int col, String field, String v, List<Problem> problems) {
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) return d;
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new Problem(file, line, col, field, "'" + v + "' is not a number"));
    return Double.NaN;
  }

  /** Split on commas outside double quotes; trim; strip quotes; drop empty trailing fields. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') quoted = !quoted;
      else if (ch == ',' && !quoted) {
        out.add(b.toString().trim());
        b.setLength(0);
      } else b.append(ch);
    }
    out.add(b.toString().trim());
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  static String slug(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return t.isEmpty() ? "dim" : t;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }
}
