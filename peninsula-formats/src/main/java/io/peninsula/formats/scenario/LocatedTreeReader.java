package io.peninsula.formats.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peninsula.formats.InputException;
import io.peninsula.formats.InputLimits;
import io.peninsula.formats.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Parses YAML or JSON text into a {@link Node} tree with line/column on every value, using
 * Jackson's streaming parser. Malformed input becomes an {@link InputException} at the parser's
 * location; duplicate keys are reported too (Jackson would silently keep the last one).
 */
final class LocatedTreeReader {
  private static final JsonFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions())
      .streamReadConstraints(constraints()).build();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(constraints()).build();

  /** SnakeYAML's own guards: alias bombs, nesting depth, document size (see {@link InputLimits}). */
  private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
    var o = new org.yaml.snakeyaml.LoaderOptions();
    o.setMaxAliasesForCollections(InputLimits.MAX_ALIASES);
    o.setNestingDepthLimit(InputLimits.MAX_NESTING);
    o.setAllowRecursiveKeys(false);
    o.setCodePointLimit(Integer.MAX_VALUE); // the file size is bounded before reading (InputLimits.readFile)
    return o;
  }

  private static com.fasterxml.jackson.core.StreamReadConstraints constraints() {
    return com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(InputLimits.MAX_NESTING)
        .maxNumberLength(1000).maxStringLength(Integer.MAX_VALUE).build();
  }

  private final String file;
  private final List<Problem> problems;

  LocatedTreeReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  Node read(String content, boolean json) {
    try (JsonParser p = (json ? JSON : YAML).createParser(content)) {
      JsonToken t = p.nextToken();
      if (t == null) throw InputException.of(file, 1, 1, "", "the file is empty; expected a scenario mapping (see docs/scenario-format.md)");
      Node root = readValue(p, t);
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
      throw InputException.of(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
          "malformed " + (json ? "JSON" : "YAML") + ": " + msg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Node readValue(JsonParser p, JsonToken t) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    switch (t) {
      case START_OBJECT -> {
        Node m = Node.map(line, col);
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          JsonLocation kl = p.currentTokenLocation();
          String key = p.currentName();
          Node v = readValue(p, p.nextToken());
          if (m.fields.containsKey(key)) {
            problems.add(new Problem(file, kl.getLineNr(), kl.getColumnNr(), key,
                "duplicate key \"" + key + "\" (first at line " + m.keyLocations.get(key)[0] + "); remove one of them"));
          } else {
            m.fields.put(key, v);
            m.keyLocations.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
          }
        }
        return m;
      }
      case START_ARRAY -> {
        Node l = Node.list(line, col);
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) l.items.add(readValue(p, k));
        return l;
      }
      case VALUE_STRING -> {
        return Node.scalar(line, col, p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return Node.scalar(line, col, p.getNumberValue());
      }
      case VALUE_TRUE -> {
        return Node.scalar(line, col, Boolean.TRUE);
      }
      case VALUE_FALSE -> {
        return Node.scalar(line, col, Boolean.FALSE);
      }
      case VALUE_NULL -> {
        return Node.scalar(line, col, null);
      }
      default -> {
        return Node.scalar(line, col, p.getText());
      }
    }
  }
}
