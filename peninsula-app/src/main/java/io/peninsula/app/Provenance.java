package io.peninsula.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a result came from, the same shape for every computing command: the command, the app and
 * Java versions, the scenario (id, origin, format, SHA-256 of its text), the model with its variant
 * and typed parameters, the command's own options, the seed, the worker threads, the hashes of the
 * input files read (game files, data), when it started and how long it took.
 */
public record Provenance(
    String command,
    String appVersion,
    String javaVersion,
    Optional<ScenarioStamp> scenario,
    Optional<String> model,
    Optional<String> variant,
    Map<String, Object> parameters,
    Map<String, Object> options,
    long seed,
    int threads,
    List<InputFile> inputs,
    Instant started,
    double seconds) {

  /** The scenario a run read: its id, where it came from, its input format and the SHA-256 of its text. */
  public record ScenarioStamp(String id, String origin, String format, String sha256) {
    public ScenarioStamp {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /** A file a run read besides the scenario (a game file, a data set), with the SHA-256 of its bytes. */
  public record InputFile(String path, String sha256) {
    public InputFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  public Provenance {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(variant, "variant");
    // a key order salted per JVM start would print the same provenance differently on each run
    java.util.Optional<String> unfixed = JsonFields.unfixedOrder("parameters", parameters);
    if (unfixed.isEmpty()) unfixed = JsonFields.unfixedOrder("options", options);
    if (unfixed.isPresent()) {
      throw new IllegalArgumentException("provenance " + unfixed.get() + " has no fixed key order; build it with JsonFields.of or a LinkedHashMap");
    }
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    if (threads < 1) throw new IllegalArgumentException("threads = " + threads + ": must be >= 1");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(started, "started");
    if (!(seconds >= 0)) throw new IllegalArgumentException("seconds = " + seconds + ": must be >= 0");
  }

  /** The same provenance with these input files' hashes. */
  public Provenance withInputs(List<InputFile> files) {
    return new Provenance(command, appVersion, javaVersion, scenario, model, variant, parameters, options, seed, threads, files, started, seconds);
  }

  /** The same provenance with these command options. */
  public Provenance withOptions(Map<String, Object> newOptions) {
    return new Provenance(command, appVersion, javaVersion, scenario, model, variant, parameters, newOptions, seed, threads, inputs, started,
        seconds);
  }

  /** The provenance as its JSON object (snake_case keys, absent values as null, every key always present). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", command);
    m.put("app_version", appVersion);
    m.put("java_version", javaVersion);
    m.put("scenario", scenario.map(s -> {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("id", s.id());
      sm.put("origin", s.origin());
      sm.put("format", s.format());
      sm.put("sha256", s.sha256());
      return (Object) sm;
    }).orElse(null));
    m.put("model", model.orElse(null));
    m.put("variant", variant.orElse(null));
    m.put("parameters", parameters);
    m.put("options", options);
    m.put("seed", seed);
    m.put("threads", threads);
    m.put("inputs", inputs.stream().map(f -> io.peninsula.app.JsonFields.of("path", f.path(), "sha256", f.sha256())).toList());
    m.put("started", started.toString());
    m.put("seconds", seconds);
    return m;
  }
}
