package io.peninsula.formats;

import java.util.Objects;

/**
 * One thing wrong with an input file, located as precisely as the format allows. {@code line} and
 * {@code column} are 1-based; 0 means unknown. {@code field} is a dotted path such as
 * {@code positions[3].salience} (empty when not applicable).
 */
public record Problem(String file, int line, int column, String field, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE:COLUMN: field.path: message}, omitting the parts that are unknown. */
  public String format() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) b.append(':').append(column);
    }
    b.append(": ");
    if (!field.isEmpty()) b.append(field).append(": ");
    b.append(message);
    return b.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
