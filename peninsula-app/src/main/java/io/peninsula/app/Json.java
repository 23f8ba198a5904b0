package io.peninsula.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON shape of every command: {@code {"provenance": {…}, "result": {…}}}, indented, with
 * a trailing newline. Also the mapper that turns typed requests into JSON and back (the run store
 * keeps each run's request so {@code runs rerun} can rebuild it).
 */
public final class Json {
  /** Indented output, Optional-aware, fails on unknown properties when reading requests back. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  /** The document for one run: provenance and result. */
  public static String document(Provenance provenance, Object result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provenance", provenance.toJson());
    root.put("result", result);
    return write(root) + "\n";
  }

  /** Any value as indented JSON (no trailing newline). */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
