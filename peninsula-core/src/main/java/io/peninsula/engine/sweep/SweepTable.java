package io.peninsula.engine.sweep;

import java.util.List;
import java.util.Objects;

/**
 * A sweep's tidy result: named, typed columns and one row per (scenario, option, model, params,
 * issue[, input]). Values are {@link String}, {@link Long} or {@link Double}; doubles print in
 * Java's shortest round-trip form, so a table read back from CSV is the same, bit for bit.
 */
public record SweepTable(List<Column> columns, List<List<Object>> rows) {
  /** Column name and type. */
  public record Column(String name, Type type) {}

  /** Column types. */
  public enum Type { STRING, LONG, DOUBLE }

  public SweepTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (List<Object> r : rows)
      if (r.size() != columns.size()) throw new IllegalArgumentException("row of " + r.size() + " values for " + columns.size() + " columns");
  }

  /** RFC 4180 CSV with a header line, LF line ends. */
  public String csv() {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) b.append(c == 0 ? "" : ",").append(columns.get(c).name());
    b.append('\n');
    for (List<Object> r : rows) {
      for (int c = 0; c < r.size(); c++) b.append(c == 0 ? "" : ",").append(cell(r.get(c)));
      b.append('\n');
    }
    return b.toString();
  }

  private static String cell(Object v) {
    if (v instanceof Double d) return Double.toString(d);
    String s = Objects.toString(v);
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) return '"' + s.replace("\"", "\"\"") + '"';
    return s;
  }

  /** Parses {@link #csv()} output with these columns back into a table (the Spark launcher's return channel). */
  public static SweepTable parseCsv(List<Column> columns, String csv) {
    String[] lines = csv.split("\n", -1);
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (int l = 1; l < lines.length; l++) {
      if (lines[l].isEmpty()) continue;
      List<String> cells = split(lines[l]);
      if (cells.size() != columns.size()) throw new IllegalArgumentException("line " + (l + 1) + ": " + cells.size() + " cells, expected " + columns.size());
      List<Object> r = new java.util.ArrayList<>(cells.size());
      for (int c = 0; c < cells.size(); c++) {
        String v = cells.get(c);
        r.add(switch (columns.get(c).type()) {
          case STRING -> v;
          case LONG -> Long.parseLong(v);
          case DOUBLE -> Double.parseDouble(v);
        });
      }
      rows.add(r);
    }
    return new SweepTable(columns, rows);
  }

  private static List<String> split(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
