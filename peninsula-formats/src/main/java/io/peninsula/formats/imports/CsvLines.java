package io.peninsula.formats.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one CSV line (RFC 4180 style: comma separated, fields optionally in double quotes with
 * {@code ""} for a quote) into fields that remember the 1-based column where their text starts,
 * so problems can be located. Surrounding blanks of unquoted fields are trimmed.
 */
final class CsvLines {
  private CsvLines() {}

  /** A field's text and the 1-based column of its first non-blank character. */
  record Field(String text, int column) {}

  /** The fields of {@code line}, or empty when a quoted field is not closed. */
  static Optional<List<Field>> split(String line) {
    List<Field> out = new ArrayList<>();
    int k = 0;
    int n = line.length();
    while (true) {
      while (k < n && line.charAt(k) == ' ') k++;
      int start = k;
      StringBuilder b = new StringBuilder();
      if (k < n && line.charAt(k) == '"') {
        k++;
        boolean closed = false;
        while (k < n) {
          char ch = line.charAt(k);
          if (ch == '"' && k + 1 < n && line.charAt(k + 1) == '"') {
            b.append('"');
            k += 2;
          } else if (ch == '"') {
            closed = true;
            k++;
            break;
          } else {
            b.append(ch);
            k++;
          }
        }
        if (!closed) return Optional.empty();
        while (k < n && line.charAt(k) != ',') k++;
        out.add(new Field(b.toString(), start + 1));
      } else {
        while (k < n && line.charAt(k) != ',') b.append(line.charAt(k++));
        out.add(new Field(b.toString().strip(), start + 1));
      }
      if (k >= n) return Optional.of(out);
      k++;
    }
  }
}
