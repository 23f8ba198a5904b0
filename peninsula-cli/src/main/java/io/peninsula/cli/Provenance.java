package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.bargaining.ModelConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** The provenance block of the analysis commands' JSON outputs. */
final class Provenance {
  private Provenance() {}

  static Map<String, Object> of(LoadedScenario loaded, String model, ModelConfig config) {
    Map<String, Object> prov = new LinkedHashMap<>();
    prov.put("model", model);
    prov.put("parameters", config.parameters());
    prov.put("seed", config.seed());
    prov.put("max_iterations", config.maxIterations());
    prov.put("app_version", Cli.version());
    prov.put("java_version", System.getProperty("java.version"));
    prov.put("scenario", loaded.scenario().metadata().id());
    prov.put("scenario_origin", loaded.origin());
    prov.put("scenario_sha256", loaded.sha256());
    return prov;
  }
}
