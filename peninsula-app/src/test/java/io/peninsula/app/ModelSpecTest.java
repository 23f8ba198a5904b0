package io.peninsula.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
  private static ModelSpec bdm(Map<String, String> params) {
    return new ModelSpec("bdm", Optional.empty(), params, 0L, 100, "none");
  }

  @Test
  void resolve_unknownKey_namesTheValidKeys() {
    assertThatThrownBy(() -> bdm(Map.of("round", "20")).resolve())
        .isInstanceOf(BadRequestException.class)
        .hasMessage("model bdm has no parameter 'round' (valid keys: rounds, q, capitulation; see peninsula models)");
  }

  @Test
  void resolve_badValue_namesKeyValueAndRange() {
    assertThatThrownBy(() -> bdm(Map.of("q", "2")).resolve())
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith("model bdm: parameter q = '2' must be in [0, 1]");
    assertThatThrownBy(() -> bdm(Map.of("rounds", "ten")).resolve())
        .hasMessageStartingWith("model bdm: parameter rounds = 'ten' is not an integer");
    assertThatThrownBy(() -> bdm(Map.of("capitulation", "no")).resolve())
        .hasMessageStartingWith("model bdm: parameter capitulation = 'no' must be true or false");
  }

  @Test
  void resolve_typedValuesInProvenance() {
    ModelSpec.Resolved r = bdm(Map.of("rounds", "20", "capitulation", "false")).resolve();
    assertThat(r.typedParameters()).containsEntry("rounds", 20).containsEntry("capitulation", false);
    assertThat(r.config().parameter("rounds")).contains("20");
    assertThat(ModelSpec.provenanceParameters(r, "none")).containsEntry("max_iterations", 100).containsEntry("constraint", "none");
  }

  @Test
  void resolve_modelWithoutParameters_saysSo() {
    assertThatThrownBy(() -> new ModelSpec("median", Optional.empty(), Map.of("x", "1"), 0L, 100, "none").resolve())
        .hasMessage("model median has no parameter 'x' (it takes no --param; see peninsula models)");
  }

  @Test
  void resolve_familyKeys_andUnknownVariant() {
    assertThat(new ModelSpec("nash", Optional.empty(), Map.of("reference.opcon", "40"), 0L, 100, "none").resolve().typedParameters())
        .containsEntry("reference.opcon", 40.0);
    assertThatThrownBy(() -> new ModelSpec("bdm", Optional.of("bdm2000"), Map.of(), 0L, 100, "none").resolve())
        .hasMessage("model bdm: unknown variant \"bdm2000\" (available: scholz2011, bdm1994)");
    assertThatThrownBy(() -> new ModelSpec("median", Optional.of("x"), Map.of(), 0L, 100, "none").resolve())
        .hasMessage("model median has no variants; drop --variant x");
  }

  @Test
  void resolve_unknownModel_listsModels() {
    assertThatThrownBy(() -> ModelSpec.of("nope").resolve())
        .hasMessage("unknown model \"nope\" (available: compromise, median, bdm, nash, exchange, smp)");
  }
}
