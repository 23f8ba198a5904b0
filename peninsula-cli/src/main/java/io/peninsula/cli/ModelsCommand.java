package io.peninsula.cli;

import io.peninsula.app.Json;
import io.peninsula.app.ModelCatalog;
import io.peninsula.engine.bargaining.ModelParameter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula models}: the bargaining models, their --param keys (type, default, range, meaning), variants and references. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List the bargaining models with their parameters (--param KEY=VALUE), variants and references.")
final class ModelsCommand implements Callable<Integer> {
  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, json)");
    PrintWriter out = spec.commandLine().getOut();
    List<ModelCatalog.Entry> models = ModelCatalog.all();
    if (format.equals("json")) {
      out.print(Json.write(models.stream().map(ModelsCommand::json).toList()) + "\n");
    } else {
      for (ModelCatalog.Entry m : models) {
        out.println(m.name() + ": " + m.description());
        if (!m.variants().isEmpty()) out.println("  variants (--variant): " + String.join(", ", m.variants()) + " (default " + m.variants().get(0) + ")");
        if (m.parameters().isEmpty()) out.println("  parameters: none");
        else {
          out.println("  parameters (--param KEY=VALUE):");
          Table t = new Table(List.of("key", "type", "default", "range", "meaning"));
          for (ModelParameter p : m.parameters())
            t.row(List.of(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.defaultValue(), p.range(), p.meaning()));
          for (String line : t.render().split("\n")) out.println("    " + line);
        }
        for (String r : m.references()) out.println("  reference: " + r);
        out.println();
      }
      out.println("Every model also takes --seed, --max-iterations (default 100) and --variant where it has variants.");
    }
    out.flush();
    return Cli.EXIT_OK;
  }

  private static Map<String, Object> json(ModelCatalog.Entry m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", m.name());
    o.put("description", m.description());
    o.put("variants", m.variants());
    o.put("parameters", m.parameters().stream().map(p -> {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("key", p.name());
      q.put("type", p.type().name().toLowerCase(Locale.ROOT));
      q.put("default", p.defaultValue());
      q.put("range", p.range());
      q.put("meaning", p.meaning());
      return (Object) q;
    }).toList());
    o.put("references", m.references());
    return o;
  }
}
