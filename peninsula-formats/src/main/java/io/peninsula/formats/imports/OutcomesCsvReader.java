package io.peninsula.formats.imports;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads recorded outcomes of a scenario's issues for {@code peninsula backtest SCENARIO --outcomes
 * FILE}: a CSV file (RFC 4180 quoting) with the header {@code issue,value} and optionally
 * {@code date} and {@code source} columns (kept for the user's record, not read), one row per
 * issue. Every problem — an unknown column, an unknown or repeated issue, a value that is not a
 * number or lies off the issue's scale — is collected with its line and column before an
 * {@link InputException} is thrown.
 */
public final class OutcomesCsvReader {
  private static final List<String> COLUMNS = List.of("issue", "value", "date", "source");

  private OutcomesCsvReader() {}

  public static Map<String, Double> read(Path file, Scenario scenario) {
    if (!Files.isRegularFile(file))
      throw InputException.of(file.toString(), 0, 0, "", "file not found or not a regular file; give a CSV file with the header issue,value");
    return read(io.peninsula.formats.InputLimits.readFile(file), file.toString(), scenario);
  }

  /** Issue id → observed value, in file order. */
  public static Map<String, Double> read(String text, String fileName, Scenario scenario) {
    List<Problem> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || lines[0].isBlank())
      throw InputException.of(fileName, 1, 1, "", "empty file; the first line must be the header issue,value[,date,source]");
    List<String[]> header = split(lines[0]);
    int issueCol = -1;
    int valueCol = -1;
    for (int k = 0; k < header.size(); k++) {
      String h = header.get(k)[0];
      int col = Integer.parseInt(header.get(k)[1]);
      if (!COLUMNS.contains(h)) problems.add(new Problem(fileName, 1, col, h, "unknown column \"" + h + "\" (allowed: " + String.join(", ", COLUMNS) + ")"));
      if (h.equals("issue")) issueCol = k;
      if (h.equals("value")) valueCol = k;
    }
    if (issueCol < 0 || valueCol < 0)
      problems.add(new Problem(fileName, 1, 1, "", "the header must name the columns issue and value (optional: date, source)"));
    if (!problems.isEmpty()) throw new InputException(problems);
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Integer> seenAt = new LinkedHashMap<>();
    List<String> issueIds = scenario.issues().stream().map(Issue::id).toList();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      int line = i + 1;
      List<String[]> cells = split(lines[i]);
      if (cells.size() != header.size()) {
        problems.add(new Problem(fileName, line, 1, "", "row has " + cells.size() + " fields, the header " + header.size()));
        continue;
      }
      String id = cells.get(issueCol)[0];
      int idCol = Integer.parseInt(cells.get(issueCol)[1]);
      String raw = cells.get(valueCol)[0];
      int rawCol = Integer.parseInt(cells.get(valueCol)[1]);
      var issue = scenario.issue(id);
      if (issue.isEmpty()) {
        String hint = closest(id, issueIds).map(c -> "; did you mean \"" + c + "\"?").orElse("");
        problems.add(new Problem(fileName, line, idCol, "issue", "unknown issue \"" + id + "\" in scenario " + scenario.metadata().id()
            + " (issues: " + String.join(", ", issueIds) + ")" + hint));
        continue;
      }
      if (seenAt.containsKey(id)) {
        problems.add(new Problem(fileName, line, idCol, "issue", "second outcome for issue " + id + " (first on line " + seenAt.get(id) + "); keep one"));
        continue;
      }
      double v;
      try {
        v = Double.parseDouble(raw);
      } catch (NumberFormatException e) {
        problems.add(new Problem(fileName, line, rawCol, "value", "\"" + raw + "\" is not a number; give the outcome on the scale of issue " + id));
        continue;
      }
      Issue is = issue.get();
      if (!Double.isFinite(v) || v < is.min() || v > is.max()) {
        problems.add(new Problem(fileName, line, rawCol, "value", raw + " is off the scale of issue " + id + " [" + fmt(is.min()) + ", " + fmt(is.max()) + "]"));
        continue;
      }
      seenAt.put(id, line);
      out.put(id, v);
    }
    if (out.isEmpty() && problems.isEmpty()) problems.add(new Problem(fileName, 2, 1, "", "no outcome rows; add one line per issue: issue,value"));
    if (!problems.isEmpty()) throw new InputException(problems);
    return out;
  }

  /** Splits one CSV line into {text, 1-based column} pairs; double quotes enclose fields, "" is a quote. */
  static List<String[]> split(String line) {
    List<String[]> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int start = 1;
    boolean quoted = false;
    for (int k = 0; k < line.length(); k++) {
      char ch = line.charAt(k);
      if (quoted) {
        if (ch == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
          cur.append('"');
          k++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(new String[] {cur.toString().trim(), Integer.toString(start)});
        cur.setLength(0);
        start = k + 2;
      } else {
        cur.append(ch);
      }
    }
    out.add(new String[] {cur.toString().trim(), Integer.toString(start)});
    return out;
  }

  private static java.util.Optional<String> closest(String word, List<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(word, k);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best != null && bestD <= Math.max(2, word.length() / 3) ? java.util.Optional.of(best) : java.util.Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++)
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
