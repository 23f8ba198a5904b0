package io.peninsula.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.formats.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** docs/sweeps.md's JSON Schema accepts the bundled example specs, which the reader reads; both reject the same bad spec. */
class SweepSpecSchemaTest {
  private static final Path DOCS = Path.of("..", "docs");

  private static Schema schema() throws Exception {
    String md = Files.readString(DOCS.resolve("sweeps.md"));
    Matcher m = Pattern.compile("```json\\n(\\{\\n  \"\\$schema\".*?)\\n```", Pattern.DOTALL).matcher(md);
    assertThat(m.find()).as("a ```json block with the schema in docs/sweeps.md").isTrue();
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(m.group(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sweep-every-model.yaml", "sweep-sobol-smp.yaml"})
  void example_validAgainstSchema_andReadable(String file) throws Exception {
    String text = Files.readString(DOCS.resolve("examples").resolve(file));
    JsonNode node = new YAMLMapper().readTree(text);
    assertThat(schema().validate(node)).isEmpty();
    SweepSpec s = SweepSpecReader.read(file, text);
    assertThat(s.scenarios()).containsExactly("korea-2025");
    assertThat(SweepSpecReader.read("again", SweepSpecReader.write(s))).isEqualTo(s);
  }

  @Test
  void badSpec_rejectedBySchemaAndReader_withLocations() throws Exception {
    String text = "kind: grid\nscenarios: [korea-2025]\nmodels: []\nsamples: 1.5\nextra: 1\n";
    assertThat(schema().validate(new ObjectMapper().valueToTree(new YAMLMapper().readTree(text)))).isNotEmpty();
    assertThatThrownBy(() -> SweepSpecReader.read("s.yaml", text)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).extracting(p -> p.format()).containsExactlyInAnyOrder(
            "s.yaml:5:1: extra: unknown key \"extra\" (allowed: kind, models, noise, options, params, samples, scenarios, seed)",
            "s.yaml:1:7: kind: kind is \"grid\"; allowed: montecarlo, sobol",
            "s.yaml:3:9: models: models is empty; give at least one",
            "s.yaml:4:10: samples: samples must be an integer, got 1.5"));
  }
}
