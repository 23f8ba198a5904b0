package io.peninsula.app;

import java.util.LinkedHashMap;

/**
 * A JSON object's fields in the order written. {@code Map.of} iterates in an order that changes from
 * one JVM start to the next (its hash salt is random per JVM), so JSON built from it printed the same
 * result with its keys in a different order on each run; every multi-field object of a command's
 * output is built here instead.
 */
public final class JsonFields {
  private JsonFields() {}

  /** {@code of("a", 1, "b", 2)}: a new LinkedHashMap of the keys (strings, distinct) and values, alternating. */
  public static LinkedHashMap<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must alternate, got " + keysAndValues.length + " items");
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      if (m.containsKey(key)) throw new IllegalArgumentException("duplicate key " + key);
      m.put(key, keysAndValues[i + 1]);
    }
    return m;
  }

  /**
   * The first map inside {@code value} (maps and lists walked) whose key order is not fixed: a
   * {@code Map.of}/{@code Map.copyOf} of two or more entries, or a plain HashMap; as a path such
   * as {@code where.options.roles}, or empty when every map's order is fixed.
   */
  public static java.util.Optional<String> unfixedOrder(String where, Object value) {
    if (value instanceof java.util.Map<?, ?> m) {
      boolean unfixed = m.size() > 1 && (m.getClass().getName().startsWith("java.util.ImmutableCollections$Map")
          || m instanceof java.util.HashMap && !(m instanceof LinkedHashMap)
          || m instanceof java.util.concurrent.ConcurrentHashMap);
      if (unfixed) return java.util.Optional.of(where + " (" + m.getClass().getName() + " with keys " + m.keySet() + ")");
      for (var e : m.entrySet()) {
        var inner = unfixedOrder(where + "." + e.getKey(), e.getValue());
        if (inner.isPresent()) return inner;
      }
    } else if (value instanceof Iterable<?> it) {
      int i = 0;
      for (Object v : it) {
        var inner = unfixedOrder(where + "[" + i++ + "]", v);
        if (inner.isPresent()) return inner;
      }
    }
    return java.util.Optional.empty();
  }
}
