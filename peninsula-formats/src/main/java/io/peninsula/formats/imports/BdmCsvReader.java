package io.peninsula.formats.imports;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.formats.imports.CsvLines.Field;
import io.peninsula.model.Actor;
import io.peninsula.model.ActorKind;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import io.peninsula.model.SourceRef;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the actor table used by Bueno de Mesquita expected-utility replications (e.g. Scholz,
 * Calbert &amp; Smith 2011's {@code ExampleActors.csv} and {@code Sultan.csv}): a header
 * {@code Actor,Capability,Position,Salience} (any order, case-insensitive) and one row per actor.
 * The result is a {@link Scenario} with one issue.
 *
 * <p>Mapping and the choices made:
 *
 * <ul>
 *   <li>Actor: the name as written (blanks around it trimmed; must be unique); the id is the name
 *       made valid for the scenario format (runs of characters other than letters, digits, _ and
 *       - become one _ after accents are dropped, a leading non-letter gets an {@code A_} prefix, clashes get _2, _3, …),
 *       e.g. {@code RELIGIOUS LEADERS} → {@code RELIGIOUS_LEADERS}, {@code EUR/JPN} →
 *       {@code EUR_JPN}.
 *   <li>Scenario id: the file name's stem in lower case with other characters as -; issue id:
 *       the stem made a valid id as for actors (e.g. {@code ExampleActors}).
 *   <li>Capability: any finite number ≥ 0, kept as is (the models use it relatively).
 *   <li>Position: any finite number, kept on the file's scale. The file declares no scale, so the
 *       issue's [min, max] is the span of the positions given (widened by 1 each side when all
 *       are equal). Both published files use ad hoc scales (4–10; 12.85–14.25).
 *   <li>Salience: the published files use 0–1. Some BDM data sets use 0–100, so when any salience
 *       exceeds 1 every salience is divided by 100 (values above 100 are errors); the scenario
 *       description records the rescaling. A 0–100 file whose saliences are all ≤ 1 cannot be
 *       told apart and is read as 0–1.
 * </ul>
 *
 * <p>Every problem in the file is reported at once in one {@link InputException}, located by
 * file, line and column.
 */
public final class BdmCsvReader {
  /** The columns, in the published order. */
  public static final List<String> COLUMNS = List.of("Actor", "Capability", "Position", "Salience");

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private BdmCsvReader() {}

  private record Row(int line, String actor, double capability, double position, double salience, int salienceColumn, int positionColumn) {}

  /**
   * Parses {@code content} (the text of {@code fileName}).
   *
   * @throws InputException listing every problem found
   */
  public static Scenario read(String fileName, String content) {
    List<Problem> problems = new ArrayList<>();
    String[] lines = content.startsWith("\uFEFF") ? content.substring(1).split("\\R", -1) : content.split("\\R", -1);
    int headerLine = 0;
    while (headerLine < lines.length && lines[headerLine].isBlank()) headerLine++;
    if (headerLine == lines.length) throw InputException.of(fileName, 0, 0, "",
        "the file is empty; expected a header line " + String.join(",", COLUMNS) + " and one row per actor");
    Map<String, Integer> index = header(fileName, headerLine + 1, lines[headerLine], problems);
    if (!problems.isEmpty()) throw new InputException(problems);

    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int k = headerLine + 1; k < lines.length; k++) {
      if (lines[k].isBlank()) continue;
      int lineNo = k + 1;
      var split = CsvLines.split(lines[k]);
      if (split.isEmpty()) {
        problems.add(new Problem(fileName, lineNo, 0, "", "a quoted field is not closed; add the closing \""));
        continue;
      }
      List<Field> f = split.get();
      if (f.size() != index.size()) {
        problems.add(new Problem(fileName, lineNo, 0, "", "row has " + f.size() + " fields, the header has "
            + index.size() + " (" + String.join(",", COLUMNS) + "); fix the row or quote a name that contains a comma"));
        continue;
      }
      int before = problems.size();
      Field name = f.get(index.get("actor"));
      if (name.text().isEmpty()) problems.add(new Problem(fileName, lineNo, name.column(), "Actor", "actor name is empty; give each actor a name"));
      else if (!seen.add(name.text()))
        problems.add(new Problem(fileName, lineNo, name.column(), "Actor", "actor \"" + name.text() + "\" appears twice; each actor needs one row"));
      double c = number(fileName, lineNo, f.get(index.get("capability")), "Capability", 0, Double.POSITIVE_INFINITY, problems);
      Field pf = f.get(index.get("position"));
      double x = number(fileName, lineNo, pf, "Position", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, problems);
      Field sf = f.get(index.get("salience"));
      double s = number(fileName, lineNo, sf, "Salience", 0, 100, problems);
      if (problems.size() == before) rows.add(new Row(lineNo, name.text(), c, x, s, sf.column(), pf.column()));
    }
    if (rows.isEmpty() && problems.isEmpty())
      problems.add(new Problem(fileName, headerLine + 1, 0, "", "no actor rows after the header; add one row per actor"));
    if (problems.isEmpty()) scaleProblem(fileName, rows).ifPresent(problems::add);
    if (!problems.isEmpty()) throw new InputException(problems);
    return scenario(fileName, rows);
  }

  private static Map<String, Integer> header(String file, int lineNo, String line, List<Problem> problems) {
    Map<String, Integer> index = new HashMap<>();
    List<Field> fields = CsvLines.split(line).orElse(List.of(new Field(line, 1)));
    for (int k = 0; k < fields.size(); k++) {
      Field h = fields.get(k);
      String key = h.text().toLowerCase(Locale.ROOT);
      if (COLUMNS.stream().noneMatch(col -> col.toLowerCase(Locale.ROOT).equals(key)))
        problems.add(new Problem(file, lineNo, h.column(), "", "unknown column \"" + h.text() + "\"; the columns are "
            + String.join(",", COLUMNS)));
      else if (index.putIfAbsent(key, k) != null)
        problems.add(new Problem(file, lineNo, h.column(), "", "column \"" + h.text() + "\" appears twice"));
    }
    for (String col : COLUMNS)
      if (!index.containsKey(col.toLowerCase(Locale.ROOT)))
        problems.add(new Problem(file, lineNo, 0, "", "missing column \"" + col + "\"; the header must name "
            + String.join(",", COLUMNS)));
    return index;
  }

  private static double number(String file, int lineNo, Field f, String column, double min, double max, List<Problem> problems) {
    String range = min == Double.NEGATIVE_INFINITY ? "any finite number"
        : max == Double.POSITIVE_INFINITY ? "a number >= " + fmt(min) : "a number in [" + fmt(min) + ", " + fmt(max) + "]";
    if (!NUMBER.matcher(f.text()).matches()) {
      problems.add(new Problem(file, lineNo, f.column(), column, column + " = \"" + f.text() + "\" is not a number; write " + range
          + " with a decimal point (e.g. 0.75)"));
      return Double.NaN;
    }
    double v = Double.parseDouble(f.text());
    if (!Double.isFinite(v) || v < min || v > max) {
      String hint = column.equals("Salience") ? " (0-1, or 0-100 for the whole file)" : "";
      problems.add(new Problem(file, lineNo, f.column(), column, column + " = " + f.text() + " is out of range; allowed: " + range + hint));
    }
    return v;
  }

  /**
   * The one issue's scale is the span of the positions (widened by 1 on each side when they are all
   * equal): a problem at the first row's position when that span cannot be formed in doubles (a
   * fuzz finding: every position 6e128 gave the scale [6e128, 6e128], as 6e128 ± 1 is 6e128).
   */
  private static Optional<Problem> scaleProblem(String file, List<Row> rows) {
    double min = rows.stream().mapToDouble(Row::position).min().orElseThrow();
    double max = rows.stream().mapToDouble(Row::position).max().orElseThrow();
    Row first = rows.get(0);
    if (min == max && !(min - 1 < min && max + 1 > max))
      return Optional.of(new Problem(file, first.line(), first.positionColumn(), "Position", "every actor's position is " + fmt(min)
          + ", too large to widen into a scale by 1 on each side; rescale the positions (e.g. to 0-100)"));
    if (!Double.isFinite(max - min))
      return Optional.of(new Problem(file, first.line(), first.positionColumn(), "Position", "the positions span from " + fmt(min)
          + " to " + fmt(max) + ", more than a double can hold; rescale the positions (e.g. to 0-100)"));
    return Optional.empty();
  }

  private static Scenario scenario(String fileName, List<Row> rows) {
    String stem = stem(fileName);
    String scenarioId = scenarioId(stem);
    String issueId = id(stem, "I_");
    String sourceId = "csv";
    boolean percent = rows.stream().anyMatch(r -> r.salience() > 1);
    double min = rows.stream().mapToDouble(Row::position).min().orElseThrow();
    double max = rows.stream().mapToDouble(Row::position).max().orElseThrow();
    if (min == max) {
      min -= 1;
      max += 1;
    }
    List<Actor> actors = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row r : rows) {
      String base = id(r.actor(), "A_");
      String id = base;
      for (int k = 2; !ids.add(id); k++) id = base + "_" + k;
      actors.add(new Actor(id, r.actor(), ActorKind.STATE, Optional.empty(), r.capability(),
          SourceRef.of(sourceId), Optional.empty(), List.of()));
      positions.add(Position.of(id, issueId, r.position(), percent ? r.salience() / 100 : r.salience(), SourceRef.of(sourceId)));
    }
    String description = "Imported from the BDM actor table " + fileName + " (one issue; scale = span of the positions)"
        + (percent ? "; saliences were given on 0-100 and divided by 100" : "");
    Metadata meta = new Metadata(scenarioId, stem, "", description);
    Issue issue = new Issue(issueId, stem, min, max, List.of());
    return new Scenario(meta, List.of(Source.of(sourceId, "BDM actor table " + fileName)), actors, List.of(issue), positions,
        List.of(), List.of());
  }

  private static String stem(String fileName) {
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    String s = dot > 0 ? base.substring(0, dot) : base;
    return s.isEmpty() ? "issue" : s;
  }

  /** A scenario-format id ([A-Za-z][A-Za-z0-9_-]*) made from free text. */
  static String id(String text, String prefix) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = plain.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 'z') s = prefix + s;
    return s;
  }

  private static String scenarioId(String stem) {
    String s = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "bdm" : s;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
