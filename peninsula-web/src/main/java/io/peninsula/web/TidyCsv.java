package io.peninsula.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored result as a tidy CSV table, the same columns as the command's {@code --format csv}
 * where it has one: the trajectory of a forecast, one row per option × issue of a Monte Carlo run,
 * option/kind/id rows of a comparison, the rows of pivotal and sensitivity, the levers.
 */
final class TidyCsv {
  private TidyCsv() {}

  /** {@code result} is the stored result (the {@code result} half of the command's JSON document). */
  static String of(String command, JsonNode result) {
    if (command.equals("compare")) return compare(result);
    String table = switch (command) {
      case "forecast" -> "trajectory";
      case "montecarlo" -> "issues";
      case "simulate" -> "issues";
      case "levers" -> "levers";
      case "backtest" -> "models";
      case "pivotal" -> "effects";
      default -> "rows";
    };
    return rows(result.path(table));
  }

  private static String rows(JsonNode rows) {
    if (!rows.isArray() || rows.isEmpty()) return "\n";
    List<String> cols = new ArrayList<>();
    rows.get(0).fieldNames().forEachRemaining(cols::add);
    StringBuilder b = new StringBuilder(String.join(",", cols)).append('\n');
    for (JsonNode row : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : cols) cells.add(cell(row.get(c)));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  private static String compare(JsonNode result) {
    StringBuilder b = new StringBuilder("option,kind,id,value,change\n");
    for (JsonNode o : result.path("options")) {
      for (JsonNode i : o.path("outcomes"))
        b.append(String.join(",", o.path("option").asText(), "outcome", i.path("issue").asText(), cell(i.get("outcome")), cell(i.get("change")))).append('\n');
      for (JsonNode a : o.path("utilities"))
        b.append(String.join(",", o.path("option").asText(), "utility", a.path("actor").asText(), cell(a.get("utility")), cell(a.get("change")))).append('\n');
    }
    return b.toString();
  }

  private static String cell(JsonNode v) {
    if (v == null || v.isNull()) return "";
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
