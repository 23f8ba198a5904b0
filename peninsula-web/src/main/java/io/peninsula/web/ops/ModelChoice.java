package io.peninsula.web.ops;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.web.ApiException;
import io.peninsula.web.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The model options every bargaining request shares, mirroring the CLI's {@code --model},
 * {@code --variant}, {@code --param}, {@code --seed} and {@code --max-iterations}.
 */
public record ModelChoice(BargainingModel model, ModelConfig config) {
  public static final Set<String> FIELDS = Set.of("model", "variant", "params", "seed", "max_iterations");

  public static ModelChoice of(Request r) {
    String name = r.text("model", "compromise");
    BargainingModel model = BargainingModels.byName(name).orElseThrow(() -> ApiException.badField("model",
        "unknown model \"" + name + "\" (available: " + String.join(", ", BargainingModels.names()) + ")"));
    Map<String, String> params = new LinkedHashMap<>(r.stringMap("params"));
    r.optionalText("variant").ifPresent(v -> params.put("variant", v));
    long seed = r.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
    int maxIterations = (int) r.integer("max_iterations", ModelConfig.DEFAULT_MAX_ITERATIONS, 1, 1_000_000);
    return new ModelChoice(model, new ModelConfig(seed, maxIterations, ModelConfig.DEFAULT_TOLERANCE, params));
  }

  public String name() {
    return model.name();
  }
}
