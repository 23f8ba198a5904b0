package io.peninsula.cli;

import io.peninsula.app.ModelSpec;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The model-selection options shared by every command that runs a bargaining model. */
public final class ModelOptions {
  @Option(names = "--model", defaultValue = ModelSpec.DEFAULT_MODEL, paramLabel = "NAME",
      description = "Bargaining model: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
      completionCandidates = ModelNames.class)
  String model;

  @Option(names = "--variant", paramLabel = "V", description = "Model variant (e.g. bdm: scholz2011, bdm1994).")
  String variant;

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Model parameter, repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--max-iterations", defaultValue = "" + ModelConfig.DEFAULT_MAX_ITERATIONS, paramLabel = "N",
      description = "Iteration cap of iterative models. Default: ${DEFAULT-VALUE}.")
  int maxIterations;

  /** The typed model part of a request; the service checks it against the model's declared parameters. */
  public ModelSpec spec() {
    return new ModelSpec(model, Optional.ofNullable(variant), params, seed, maxIterations, "none");
  }

  /** The chosen model, checked with its parameters (commands not yet on a service use this). */
  public io.peninsula.engine.bargaining.BargainingModel model() {
    return spec().resolve().model();
  }

  /** The checked configuration (commands not yet on a service use this). */
  public ModelConfig config() {
    return spec().resolve().config();
  }

  public String modelName() {
    return model;
  }

  /** Completion candidates for --model: the registered models. */
  static final class ModelNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return BargainingModels.names().iterator();
    }
  }
}
