package io.peninsula.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned text and right-aligned numeric columns. */
final class Table {
  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  Table(List<String> header, boolean... rightAligned) {
    this.header = List.copyOf(header);
    this.rightAligned = new boolean[header.size()];
    for (int i = 0; i < rightAligned.length && i < header.size(); i++) this.rightAligned[i] = rightAligned[i];
  }

  Table row(List<String> cells) {
    if (cells.size() != header.size()) throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
    rows.add(List.copyOf(cells));
    return this;
  }

  String render() {
    int[] w = new int[header.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = header.get(c).length();
      for (List<String> r : rows) w[c] = Math.max(w[c], r.get(c).length());
    }
    StringBuilder b = new StringBuilder();
    line(b, header, w);
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < w.length; c++) rule.add("-".repeat(w[c]));
    line(b, rule, w);
    for (List<String> r : rows) line(b, r, w);
    return b.toString();
  }

  private void line(StringBuilder b, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) l.append("  ");
      String s = cells.get(c);
      String pad = " ".repeat(w[c] - s.length());
      l.append(rightAligned[c] ? pad + s : s + (c == cells.size() - 1 ? "" : pad));
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }
}
