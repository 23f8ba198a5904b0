package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.security.AllianceGame;
import io.peninsula.engine.security.CrisisBargaining;
import io.peninsula.engine.security.DeterrenceGame;
import io.peninsula.engine.security.SecurityDilemmaGame;
import io.peninsula.formats.gambit.EfgWriter;
import io.peninsula.formats.gambit.NfgWriter;
import io.peninsula.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peninsula game build KIND [SCENARIO]}: the security games of the region built from a
 * scenario's values (io.peninsula.engine.security), solved, printed with the derivation of every
 * payoff, and optionally written as a Gambit file.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Build a security game from a scenario's values, solve it and show how every payoff was derived.",
        "KIND: security-dilemma (Jervis 1978; 2x2, enummixed), deterrence (Zagare & Kilgour 2000, Unilateral Deterrence",
        "Game; spe), alliance (Snyder 1984; 2x2, enummixed), crisis-bargaining (Fearon 1995; closed form and a grid game, spe).",
        "Formulas, defaults and a worked korea-2025 example for each kind: docs/games.md, section Security games."})
final class GameBuildCommand implements Callable<Integer> {
  static final List<String> KINDS = List.of("security-dilemma", "deterrence", "alliance", "crisis-bargaining");

  @Parameters(index = "0", paramLabel = "KIND", description = "security-dilemma, deterrence, alliance or crisis-bargaining.")
  String kind;

  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--issues", split = ",", paramLabel = "ID", description = "Security issues to use (default: those of "
      + "dprk_nuclear, force_posture, extended_deterrence, exercises, alignment in the scenario).")
  List<String> issues;

  @Option(names = "--states", split = ",", paramLabel = "A,B", description = "security-dilemma: the two states (default DPRK,ROK_CONS).")
  List<String> states;

  @Option(names = "--offense-advantage", paramLabel = "O", description = "security-dilemma: offense advantage in [0, 1] (default 0.7).")
  Double offenseAdvantage;

  @Option(names = "--distinguishability", paramLabel = "D", description = "security-dilemma: distinguishability in [0, 1] (default 0.3).")
  Double distinguishability;

  @Option(names = "--arms-cost", paramLabel = "K", description = "security-dilemma: cost of arming (default 0.2).")
  Double armsCost;

  @Option(names = "--challenger", paramLabel = "ID", description = "deterrence: challenger (default DPRK).")
  String challenger;

  @Option(names = "--defender", paramLabel = "ID", description = "deterrence: defender (default USA).")
  String defender;

  @Option(names = "--variant", paramLabel = "V", description = "deterrence: tripwire or offshore (default tripwire).")
  String variant;

  @Option(names = "--tripwire-cost", paramLabel = "T", description = "deterrence: defender's cost of not responding under a trip wire "
      + "(default: its salience on force_posture).")
  Double tripwireCost;

  @Option(names = "--backdown-cost", paramLabel = "B", description = "deterrence: challenger's cost of backing down (default 0.1).")
  Double backdownCost;

  @Option(names = "--war-cost", paramLabel = "K", description = "deterrence, crisis-bargaining: war cost per unit of the rival's "
      + "capability share (default 0.5).")
  Double warCost;

  @Option(names = "--nuclear-cost", paramLabel = "K", description = "deterrence, crisis-bargaining: war cost added by a nuclear-armed "
      + "rival (default 0.5).")
  Double nuclearCost;

  @Option(names = "--patron", paramLabel = "ID", description = "alliance: patron (default USA).")
  String patron;

  @Option(names = "--client", paramLabel = "ID", description = "alliance: client (default: the patron's first defence-treaty partner).")
  String client;

  @Option(names = "--hedge-share", paramLabel = "G", description = "alliance: share of support a hedging ally still gets (default 0.5).")
  Double hedgeShare;

  @Option(names = "--proposer", paramLabel = "ID", description = "crisis-bargaining: the side making the take-it-or-leave-it "
      + "offer (default DPRK: Pyongyang sets the deadlines, P. M. Kim 2019).")
  String proposer;

  @Option(names = "--responder", paramLabel = "ID", description = "crisis-bargaining: the side accepting or fighting (default USA).")
  String responder;

  @Option(names = "--issue", paramLabel = "ID", description = "crisis-bargaining: the disputed issue (default: the first security issue "
      + "both have positions on).")
  String issue;

  @Option(names = "--cost-uncertainty", paramLabel = "U", description = "crisis-bargaining: the responder's cost is uniform on "
      + "c·[1 − U, 1 + U] (default 0.5).")
  Double costUncertainty;

  @Option(names = "--offers", paramLabel = "N", description = "crisis-bargaining: offers in the grid game (default 11).")
  Integer offers;

  @Option(names = "--types", paramLabel = "N", description = "crisis-bargaining: cost types in the grid game (default 5).")
  Integer types;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the game in Gambit's format: .nfg (security-dilemma, alliance) "
      + "or .efg (deterrence, crisis-bargaining).")
  Path out;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Spec CommandLine.Model.CommandSpec spec;

  private static final java.util.Map<String, String> ACTOR_OPTIONS = java.util.Map.of(
      "security-dilemma", "--states A,B", "deterrence", "--challenger and --defender",
      "alliance", "--patron and --client", "crisis-bargaining", "--proposer and --responder");

  @Override
  public Integer call() {
    if (!KINDS.contains(kind)) throw new UsageException("unknown game kind \"" + kind + "\" (allowed: " + String.join(", ", KINDS) + ")");
    if (!List.of("table", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, json)");
    checkOptionsApply();
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    SecurityGameReport report;
    try {
      report = switch (kind) {
        case "security-dilemma" -> SecurityGameReport.of(loaded, new SecurityDilemmaGame().build(s, securityDilemma()));
        case "deterrence" -> {
          DeterrenceGame.Params p = deterrence();
          var other = p.variant() == DeterrenceGame.Variant.TRIPWIRE ? DeterrenceGame.Variant.OFFSHORE : DeterrenceGame.Variant.TRIPWIRE;
          yield SecurityGameReport.of(loaded, new DeterrenceGame().build(s, p), new DeterrenceGame().build(s, p.withVariant(other)));
        }
        case "alliance" -> SecurityGameReport.of(loaded, new AllianceGame().build(s, alliance(s)));
        default -> SecurityGameReport.of(loaded, new CrisisBargaining().build(s, crisis()));
      };
    } catch (IllegalArgumentException e) {
      String hint = e.getMessage().contains("is not an actor of scenario") ? "; the defaults are korea-2025's actors: on another theatre "
          + "name them with " + ACTOR_OPTIONS.get(kind) : "";
      throw new UsageException(kind + " on " + loaded.origin() + ": " + e.getMessage() + hint);
    }
    Optional<String> written = Optional.empty();
    if (out != null) written = Optional.of(write(report));
    PrintWriter w = spec.commandLine().getOut();
    w.print(format.equals("json") ? report.json(written) : report.table(written));
    w.flush();
    return Cli.EXIT_OK;
  }

  private String write(SecurityGameReport report) {
    String name = out.getFileName().toString();
    String wanted = report.strategic().isPresent() ? ".nfg" : ".efg";
    if (!name.endsWith(wanted))
      throw new UsageException("--out " + out + ": a " + kind + " game is written as " + wanted + " (give a file name ending in " + wanted + ")");
    String text = report.strategic().map(NfgWriter::write).orElseGet(() -> EfgWriter.write(report.extensive().orElseThrow()));
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("--out " + out + ": cannot be written (" + e.getMessage() + ")");
    }
    return out.toString();
  }

  /** Options of other kinds are an error, not silently ignored. */
  private void checkOptionsApply() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("--states", states);
    byName.put("--offense-advantage", offenseAdvantage);
    byName.put("--distinguishability", distinguishability);
    byName.put("--arms-cost", armsCost);
    byName.put("--challenger", challenger);
    byName.put("--defender", defender);
    byName.put("--variant", variant);
    byName.put("--tripwire-cost", tripwireCost);
    byName.put("--backdown-cost", backdownCost);
    byName.put("--war-cost", warCost);
    byName.put("--nuclear-cost", nuclearCost);
    byName.put("--patron", patron);
    byName.put("--client", client);
    byName.put("--hedge-share", hedgeShare);
    byName.put("--proposer", proposer);
    byName.put("--responder", responder);
    byName.put("--issue", issue);
    byName.put("--cost-uncertainty", costUncertainty);
    byName.put("--offers", offers);
    byName.put("--types", types);
    byName.put("--issues", issues);
    List<String> allowed = switch (kind) {
      case "security-dilemma" -> List.of("--states", "--offense-advantage", "--distinguishability", "--arms-cost", "--issues");
      case "deterrence" -> List.of("--challenger", "--defender", "--variant", "--tripwire-cost", "--backdown-cost", "--war-cost",
          "--nuclear-cost", "--issues");
      case "alliance" -> List.of("--patron", "--client", "--hedge-share", "--issues");
      default -> List.of("--proposer", "--responder", "--issue", "--cost-uncertainty", "--offers", "--types", "--war-cost", "--nuclear-cost");
    };
    List<String> wrong = new ArrayList<>();
    byName.forEach((name, v) -> {
      if (v != null && !allowed.contains(name)) wrong.add(name);
    });
    if (!wrong.isEmpty())
      throw new UsageException(String.join(", ", wrong) + (wrong.size() == 1 ? " does" : " do") + " not apply to " + kind
          + " (its options: " + String.join(", ", allowed) + ")");
  }

  private SecurityDilemmaGame.Params securityDilemma() {
    List<String> st = states == null ? List.of("DPRK", "ROK_CONS") : states;
    if (st.size() != 2) throw new UsageException("--states takes two actor ids, got " + st.size() + ": " + String.join(",", st));
    return new SecurityDilemmaGame.Params(st.get(0), st.get(1), list(issues), opt(offenseAdvantage), opt(distinguishability), opt(armsCost));
  }

  private DeterrenceGame.Params deterrence() {
    DeterrenceGame.Variant v = DeterrenceGame.Variant.TRIPWIRE;
    if (variant != null) {
      v = Arrays.stream(DeterrenceGame.Variant.values()).filter(x -> x.label().equals(variant.toLowerCase(Locale.ROOT))).findFirst()
          .orElseThrow(() -> new UsageException("unknown --variant \"" + variant + "\" (allowed: tripwire, offshore)"));
      if (v == DeterrenceGame.Variant.OFFSHORE && tripwireCost != null)
        throw new UsageException("--tripwire-cost applies to --variant tripwire (an offshore balancer has no trip wire)");
    }
    return new DeterrenceGame.Params(challenger == null ? "DPRK" : challenger, defender == null ? "USA" : defender, list(issues), v,
        opt(tripwireCost), opt(backdownCost), opt(warCost), opt(nuclearCost));
  }

  private AllianceGame.Params alliance(Scenario s) {
    String pat = patron == null ? "USA" : patron;
    String cl = client != null ? client : AllianceGame.defaultClient(s, pat).orElseThrow(() -> new UsageException(
        "alliance: " + pat + " has no defence treaty in " + s.metadata().id() + "; name the client with --client"));
    return new AllianceGame.Params(pat, cl, list(issues), opt(hedgeShare));
  }

  private CrisisBargaining.Params crisis() {
    return new CrisisBargaining.Params(proposer == null ? "DPRK" : proposer, responder == null ? "USA" : responder,
        Optional.ofNullable(issue), opt(warCost), opt(nuclearCost), opt(costUncertainty),
        offers == null ? OptionalInt.empty() : OptionalInt.of(offers), types == null ? OptionalInt.empty() : OptionalInt.of(types));
  }

  private static List<String> list(List<String> v) {
    return v == null ? List.of() : v;
  }

  private static OptionalDouble opt(Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
