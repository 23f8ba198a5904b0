package io.peninsula.formats.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML/JSON value that remembers where it stood in the file, so every validation problem
 * can name line and column. Built by {@link LocatedTreeReader}; read-only afterwards.
 */
final class Node {
  enum Kind {
    MAP,
    LIST,
    SCALAR
  }

  final Kind kind;
  final int line;
  final int column;
  /** Scalar value: String, Number, Boolean, or null (YAML `~`/empty, JSON null). */
  final Object scalar;

  final Map<String, Node> fields = new LinkedHashMap<>();
  final Map<String, int[]> keyLocations = new LinkedHashMap<>();
  final List<Node> items = new ArrayList<>();

  private Node(Kind kind, int line, int column, Object scalar) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.scalar = scalar;
  }

  static Node map(int line, int column) {
    return new Node(Kind.MAP, line, column, null);
  }

  static Node list(int line, int column) {
    return new Node(Kind.LIST, line, column, null);
  }

  static Node scalar(int line, int column, Object value) {
    return new Node(Kind.SCALAR, line, column, value);
  }

  boolean isMap() {
    return kind == Kind.MAP;
  }

  boolean isList() {
    return kind == Kind.LIST;
  }

  boolean isNull() {
    return kind == Kind.SCALAR && scalar == null;
  }

  /** A short rendering of the value for error messages. */
  String show() {
    return switch (kind) {
      case MAP -> "a mapping";
      case LIST -> "a list";
      case SCALAR -> scalar == null ? "null" : scalar instanceof String s ? "\"" + s + "\"" : String.valueOf(scalar);
    };
  }
}
