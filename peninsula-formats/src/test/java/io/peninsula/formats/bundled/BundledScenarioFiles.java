package io.peninsula.formats.bundled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Test helper: the bundled scenario files as plain Jackson trees, and the seed texts when present. */
public final class BundledScenarioFiles {
  /** Bundled scenarios every build must contain. */
  public static final List<String> KOREA = List.of("korea-2019", "korea-2025");
  /** All bundled scenario names this branch ships. */
  public static final List<String> ALL = List.of("korea-2019", "korea-2025", "europe-2025");

  /** For {@code @MethodSource}: the Korean scenarios. */
  public static List<String> koreaNames() {
    return KOREA;
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private BundledScenarioFiles() {}

  public static Optional<String> text(String name) {
    try (InputStream in = BundledScenarioFiles.class.getResourceAsStream("/io/peninsula/scenarios/" + name + ".yaml")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode tree(String name) {
    String t = text(name).orElseThrow(() -> new AssertionError("bundled scenario " + name + " missing"));
    try {
      return YAML.readTree(t);
    } catch (IOException e) {
      throw new AssertionError("bundled scenario " + name + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** Names of the bundled scenarios present on the classpath. */
  public static List<String> present() {
    return ALL.stream().filter(n -> text(n).isPresent()).toList();
  }

  /**
   * Every source reference in a scenario tree, with a label saying where it is: positions
   * ({@code source}, {@code salience_source}), actors ({@code capability_source}), indicators,
   * relations, options and the sources of relations added by option edits.
   */
  public static void forEachSourceRef(JsonNode root, BiConsumer<String, JsonNode> action) {
    for (JsonNode a : root.path("actors")) {
      String id = a.path("id").asText();
      action.accept("actor " + id + " capability_source", a.path("capability_source"));
      for (JsonNode ind : a.path("indicators")) action.accept("actor " + id + " indicator " + ind.path("year").asText(), ind.path("source"));
    }
    for (JsonNode p : root.path("positions")) {
      String where = "position " + p.path("actor").asText() + "/" + p.path("issue").asText();
      action.accept(where + " source", p.path("source"));
      if (p.has("salience_source")) action.accept(where + " salience_source", p.path("salience_source"));
    }
    for (JsonNode r : root.path("relations")) action.accept("relation " + r.path("id").asText(), r.path("source"));
    for (JsonNode o : root.path("options")) {
      String oid = o.path("id").asText();
      action.accept("option " + oid, o.path("source"));
      for (JsonNode e : o.path("edits"))
        if (e.has("add_relation")) action.accept("option " + oid + " add_relation", e.path("add_relation").path("source"));
    }
  }

  /** The declared source ids of a scenario. */
  public static List<String> sourceIds(JsonNode root) {
    List<String> ids = new ArrayList<>();
    for (JsonNode s : root.path("sources")) ids.add(s.path("id").asText());
    return ids;
  }

  /** The ref of a source value: a plain id or the {@code ref} of a mapping. */
  public static String ref(JsonNode source) {
    return source.isTextual() ? source.asText() : source.path("ref").asText("");
  }

  /**
   * The seed texts (../shared/seeds), concatenated; the calling test skips when they are absent
   * (fails under {@code -Dpeninsula.anchors=required}).
   */
  public static String seeds() {
    Path dir = SharedFiles.require("seeds");
    try (Stream<Path> files = Files.list(dir)) {
      StringBuilder sb = new StringBuilder();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) sb.append(Files.readString(f)).append('\n');
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collapses every run of Unicode whitespace (the seeds contain no-break spaces) to one space. */
  public static String normaliseSpace(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
  }
}
