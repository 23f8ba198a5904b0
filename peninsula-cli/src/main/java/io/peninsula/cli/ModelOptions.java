package io.peninsula.cli;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The model-selection options shared by every command that runs a bargaining model. */
public final class ModelOptions {
  @Option(names = "--model", defaultValue = "compromise", paramLabel = "NAME",
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

  @Option(names = "--constraint", defaultValue = "veto", paramLabel = "C",
      description = {"veto: on issues that declare a status quo and a decision rule, move the model's settlement",
          "to the nearest point the veto players accept (Tsebelis 2002; docs/models/veto.md); none: the model alone.",
          "Default: ${DEFAULT-VALUE}."})
  String constraint;

  /**
   * The chosen model, under the veto-player constraint unless {@code --constraint none}; an
   * unknown name is a usage error listing the known ones.
   */
  public BargainingModel model() {
    BargainingModel m = BargainingModels.byName(model).orElseThrow(() -> new UsageException(
        "unknown model \"" + model + "\" (available: " + String.join(", ", BargainingModels.names()) + ")"));
    return switch (constraint) {
      case "veto" -> new io.peninsula.engine.bargaining.VetoConstrainedModel(m);
      case "none" -> m;
      default -> throw new UsageException("unknown --constraint \"" + constraint + "\" (allowed: veto, none)");
    };
  }

  /** The --constraint setting: veto or none. */
  public String constraint() {
    return constraint;
  }

  public String modelName() {
    return model;
  }

  public ModelConfig config() {
    if (maxIterations < 1) throw new UsageException("--max-iterations must be at least 1, got " + maxIterations);
    Map<String, String> p = new LinkedHashMap<>(params);
    if (variant != null) p.put("variant", variant);
    return new ModelConfig(seed, maxIterations, ModelConfig.DEFAULT_TOLERANCE, p);
  }

  /** Completion candidates for --model: the registered models. */
  static final class ModelNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return BargainingModels.names().iterator();
    }
  }
}
