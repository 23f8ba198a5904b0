package io.peninsula.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON request body read field by field. Field names mirror the CLI's long options with
 * underscores ({@code --max-iterations} is {@code max_iterations}); an unknown field is refused,
 * naming the allowed ones, so a typo is never silently ignored.
 */
public final class Request {
  private final ObjectNode node;

  private Request(ObjectNode node) {
    this.node = node;
  }

  /** Parses a body; malformed JSON or a non-object is a 400 that says where. */
  public static Request parse(String body) {
    if (body == null || body.isBlank()) return new Request(Json.MAPPER.createObjectNode());
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String msg = e.getOriginalMessage();
      throw new ApiException(400, "malformed JSON: " + msg, List.of(new ApiProblem(loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", "malformed JSON: " + msg)));
    }
    if (!(n instanceof ObjectNode o)) throw ApiException.badRequest("the body must be a JSON object, got " + n.getNodeType());
    return new Request(o);
  }

  public static Request of(Map<String, ?> fields) {
    return new Request(Json.MAPPER.valueToTree(fields));
  }

  /** Refuses fields outside {@code allowed}. */
  public Request allow(Set<String> allowed) {
    List<ApiProblem> problems = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f))
        problems.add(ApiProblem.of(f, "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
    }
    if (!problems.isEmpty()) throw new ApiException(400, "unknown field " + problems.get(0).field(), problems);
    return this;
  }

  /** The body as JSON text (stored with a run, so that a rerun rebuilds the same request). */
  public String json() {
    return Json.write(node);
  }

  /** A copy with {@code field} set to a text value. */
  public Request with(String field, String value) {
    ObjectNode copy = node.deepCopy();
    copy.put(field, value);
    return new Request(copy);
  }

  /** A copy without {@code field}. */
  public Request without(String field) {
    ObjectNode copy = node.deepCopy();
    copy.remove(field);
    return new Request(copy);
  }

  JsonNode raw(String field) {
    return node.get(field);
  }

  public Optional<String> optionalText(String field) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) return Optional.empty();
    if (!n.isTextual()) throw ApiException.badField(field, "must be a string, got " + n.getNodeType());
    return Optional.of(n.asText());
  }

  public String text(String field, String dflt) {
    return optionalText(field).orElse(dflt);
  }

  public String requiredText(String field) {
    return optionalText(field).orElseThrow(() -> ApiException.badField(field, "is required"));
  }

  public boolean bool(String field, boolean dflt) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) return dflt;
    if (!n.isBoolean()) throw ApiException.badField(field, "must be true or false, got " + n);
    return n.asBoolean();
  }

  public Optional<Double> optionalNumber(String field) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) return Optional.empty();
    if (!n.isNumber()) throw ApiException.badField(field, "must be a number, got " + n.getNodeType());
    double v = n.asDouble();
    if (!Double.isFinite(v)) throw ApiException.badField(field, "must be finite");
    return Optional.of(v);
  }

  public double number(String field, double dflt) {
    return optionalNumber(field).orElse(dflt);
  }

  public double requiredNumber(String field) {
    return optionalNumber(field).orElseThrow(() -> ApiException.badField(field, "is required"));
  }

  public long integer(String field, long dflt, long min, long max) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) return dflt;
    if (!n.isIntegralNumber()) throw ApiException.badField(field, "must be an integer, got " + n);
    long v = n.asLong();
    if (v < min || v > max) throw ApiException.badField(field, "must be in [" + min + ", " + max + "], got " + v);
    return v;
  }

  /** {@code "options": "all"} or a list of ids, or a comma-separated string as on the CLI. */
  public List<String> list(String field, List<String> dflt) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) return dflt;
    if (n.isTextual()) return List.of(n.asText().split(","));
    if (!n.isArray()) throw ApiException.badField(field, "must be a list of strings or a comma-separated string");
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) throw ApiException.badField(field, "must hold strings, got " + e.getNodeType());
      out.add(e.asText());
    }
    return out;
  }

  /** {@code "params": {"key": value}} as strings, as {@code --param KEY=VALUE} gives them. */
  public Map<String, String> stringMap(String field) {
    JsonNode n = node.get(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (n == null || n.isNull()) return out;
    if (!n.isObject()) throw ApiException.badField(field, "must be an object of key: value");
    n.fields().forEachRemaining(e -> {
      if (!e.getValue().isValueNode()) throw ApiException.badField(field + "." + e.getKey(), "must be a string or number");
      out.put(e.getKey(), e.getValue().asText());
    });
    return out;
  }
}
