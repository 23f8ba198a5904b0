package io.peninsula.formats.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: reads a bundled data subset (io/peninsula/data/*.csv) into rows keyed by column
 * name. Handles double-quoted fields (the hand-coded file's {@code source} column); the derived
 * subsets contain no commas inside fields.
 */
final class DataCsv {
  private DataCsv() {}

  static List<Map<String, String>> read(String name) {
    String path = "/io/peninsula/data/" + name;
    try (InputStream in = DataCsv.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Map<String, String>> parse(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    List<String> header = split(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = split(line);
      if (cells.size() != header.size())
        throw new IllegalStateException("expected " + header.size() + " cells, got " + cells.size() + ": " + line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells.get(i));
      rows.add(row);
    }
    return rows;
  }

  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') quoted = false;
        else cur.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else cur.append(c);
    }
    out.add(cur.toString());
    return out;
  }

  /** The single row whose columns equal the given key/value pairs. */
  static Map<String, String> row(List<Map<String, String>> rows, String... keyValues) {
    List<Map<String, String>> hits = rows.stream().filter(r -> {
      for (int i = 0; i < keyValues.length; i += 2) if (!keyValues[i + 1].equals(r.get(keyValues[i]))) return false;
      return true;
    }).toList();
    if (hits.size() != 1) throw new AssertionError("expected one row for " + String.join(",", keyValues) + ", found " + hits.size());
    return hits.get(0);
  }
}
