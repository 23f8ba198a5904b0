package io.peninsula.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Locates the first difference between two JSON trees, as a JSON-pointer-like path with both values. */
public final class JsonDiff {
  private JsonDiff() {}

  public static String firstDifference(JsonNode a, JsonNode b) {
    String d = diff("", a, b);
    return d == null ? "(none)" : d;
  }

  private static String diff(String path, JsonNode a, JsonNode b) {
    if (a == null || b == null) return path + ": " + a + " vs " + b;
    if (a.isObject() && b.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        var e = it.next();
        String d = diff(path + "/" + e.getKey(), e.getValue(), b.get(e.getKey()));
        if (d != null) return d;
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!a.has(k)) return path + "/" + k + ": absent vs " + b.get(k);
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        String d = diff(path + "/" + i, a.get(i), b.get(i));
        if (d != null) return d;
      }
      return a.size() == b.size() ? null : path + ": " + a.size() + " vs " + b.size() + " elements";
    }
    return a.equals(b) ? null : path + ": " + a + " vs " + b;
  }
}
