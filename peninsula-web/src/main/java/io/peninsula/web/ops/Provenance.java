package io.peninsula.web.ops;

import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a result came from: the command, the program's version, the scenario and its SHA-256, the
 * model with its variant and parameters, the seed, the threads, when it started and how long it
 * took. Serialised as the {@code provenance} half of every {@code {"provenance","result"}} answer.
 */
public record Provenance(String command, String version, String scenario, String scenarioOrigin, String scenarioSha256,
    String model, Optional<String> variant, Map<String, Object> parameters, long seed, int threads, Instant started,
    double seconds) {
  public Provenance {
    Objects.requireNonNull(command, "command");
    parameters = Map.copyOf(parameters);
  }

  public static Provenance of(String command, ResolvedScenario s, String model, Map<String, ?> parameters, long seed,
      int threads, Instant started) {
    Map<String, Object> p = new LinkedHashMap<>(parameters);
    Optional<String> variant = Optional.ofNullable(p.remove("variant")).map(Object::toString);
    return new Provenance(command, Version.get(), s.scenario().metadata().id(), s.origin(), s.sha256(), model, variant, p,
        seed, threads, started, Duration.between(started, Instant.now()).toNanos() / 1e9);
  }

  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", command);
    m.put("version", version);
    m.put("scenario", scenario);
    m.put("scenario_origin", scenarioOrigin);
    m.put("scenario_sha256", scenarioSha256);
    m.put("model", model);
    m.put("variant", variant.orElse(null));
    m.put("parameters", new java.util.TreeMap<>(parameters));
    m.put("seed", seed);
    m.put("threads", threads);
    m.put("started", started.toString());
    m.put("seconds", seconds);
    return m;
  }
}
