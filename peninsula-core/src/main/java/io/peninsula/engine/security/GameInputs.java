package io.peninsula.engine.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a front end passes to {@link SecurityGame#build}: role assignments that override the
 * scenario's {@code roles:} section, parameter values by {@link ParamSpec#name()}, choices by
 * {@link ChoiceSpec#name()}, and the security issues (empty: the scenario's).
 */
public record GameInputs(Map<String, List<String>> roles, Map<String, Double> params, Map<String, String> choices, List<String> issues) {
  public static final GameInputs NONE = new GameInputs(Map.of(), Map.of(), Map.of(), List.of());

  public GameInputs {
    roles = Map.copyOf(roles);
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    choices = Map.copyOf(choices);
    issues = List.copyOf(issues);
    params.values().forEach(v -> Objects.requireNonNull(v, "parameter value"));
  }

  public OptionalDouble param(String name) {
    Double v = params.get(name);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  public Optional<String> choice(String name) {
    return Optional.ofNullable(choices.get(name));
  }

  public GameInputs withParam(String name, double value) {
    Map<String, Double> p = new LinkedHashMap<>(params);
    p.put(name, value);
    return new GameInputs(roles, p, choices, issues);
  }

  public GameInputs withRole(String name, List<String> ids) {
    Map<String, List<String>> r = new LinkedHashMap<>(roles);
    r.put(name, ids);
    return new GameInputs(r, params, choices, issues);
  }

  public GameInputs withChoice(String name, String value) {
    Map<String, String> c = new LinkedHashMap<>(choices);
    c.put(name, value);
    return new GameInputs(roles, params, c, issues);
  }
}
