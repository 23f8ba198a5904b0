package io.peninsula.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;

/** The workbench's one JSON mapper (Optional-aware, indented like the CLI's {@code --format json}). */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** On one line (server-sent events' data lines). */
  public static String compact(Object value) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
