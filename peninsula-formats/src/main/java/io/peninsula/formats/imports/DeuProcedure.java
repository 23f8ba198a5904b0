package io.peninsula.formats.imports;

import io.peninsula.model.DecisionRule;
import io.peninsula.model.Source;
import io.peninsula.model.SourceRef;
import io.peninsula.model.StatusQuo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a DEU decision's procedure ({@code proc}: COD co-decision, CNS consultation), Council voting
 * rule ({@code counvte}: QMV, Unan) and reference point ({@code rp}) to a status quo and a
 * {@link DecisionRule} (docs/models/veto.md, "DEU"):
 *
 * <ul>
 *   <li>unanimity: every member state holding a position is a veto player (abstentions do not
 *       prevent unanimity: Art. 205(3) TEC, Art. 238(4) TFEU);
 *   <li>QMV: a qualified majority of the member states holding a position, weighted by the
 *       Council's votes of the period, with threshold = QMV votes / total votes of the Council
 *       (applied to the members present, i.e. members without a recorded position are assumed to
 *       split like the others). The period is read from the members present: EU-15 (Art. 205(2)
 *       TEC as amended at Amsterdam: 87 votes, QMV 62), EU-25 (2003 Act of Accession, Art. 12:
 *       321, 232), EU-27 (2005 Act of Accession: 345, 255), EU-28 (2012 Act of Accession of Croatia
 *       amending Protocol No 36, Art. 3(3): 352, 260). From 1 November 2014 Art. 16(4) TEU replaced
 *       the weights by a double majority (55 % of members, 65 % of population; Nice weights could be
 *       requested until 31 March 2017, Protocol No 36 Art. 3(2)); this mapping keeps the Nice
 *       weights for those decisions — a documented approximation;
 *   <li>co-decision (COD) adds the European Parliament ({@code ep}) as a veto player (Art. 251 TEC,
 *       Art. 294 TFEU: the act needs both Council and Parliament); consultation (CNS) does not.
 * </ul>
 *
 * The Commission's agenda-setting role (the Council amends a proposal against it only by unanimity,
 * Art. 250(1) TEC / 293(1) TFEU) is not modelled.
 */
final class DeuProcedure {
  static final String TREATIES_ID = "eu-treaties";
  static final String TREATIES = "Treaty establishing the European Community (Amsterdam and Nice versions), Arts. 205, 250, 251; "
      + "Treaty on European Union Art. 16(4) and TFEU Arts. 238, 293, 294 with Protocol No 36 on transitional provisions; "
      + "Acts of Accession of 2003 (Art. 12), 2005 and 2012 (Council voting weights).";

  private static final Map<String, Integer> AMSTERDAM = weights(
      "de 10 fr 10 it 10 uk 10 es 8 be 5 el 5 nl 5 pt 5 at 4 se 4 dk 3 ie 3 fi 3 lu 2");
  private static final Map<String, Integer> NICE = weights(
      "de 29 fr 29 it 29 uk 29 es 27 pl 27 ro 14 nl 13 be 12 cz 12 el 12 hu 12 pt 12 at 10 bu 10 se 10 "
          + "dk 7 ie 7 lt 7 sk 7 fi 7 cr 7 cy 4 ee 4 lv 4 lu 4 si 4 mt 3");
  private static final Set<String> ACCESSION_2004 = Set.of("cz", "ee", "cy", "lv", "lt", "hu", "mt", "pl", "si", "sk");

  private DeuProcedure() {}

  private static Map<String, Integer> weights(String spec) {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[] t = spec.split(" ");
    for (int k = 0; k < t.length; k += 2) m.put(t[k], Integer.parseInt(t[k + 1]));
    return m;
  }

  static Source source() {
    return Source.of(TREATIES_ID, TREATIES);
  }

  static Optional<StatusQuo> statusQuo(Optional<Double> rp, String sourceId) {
    return rp.map(v -> new StatusQuo(v, new SourceRef(sourceId, Optional.empty(), Optional.of("DEU reference point (rp)"), false)));
  }

  /**
   * The decision rule for a decision; empty when the voting rule is blank or not recognised.
   * {@code members} are the actor codes holding a position (member states, {@code com}, {@code ep}).
   */
  static Optional<DecisionRule> rule(String proc, String counvte, List<String> members) {
    String vote = counvte.toUpperCase(Locale.ROOT);
    boolean cod = proc.equalsIgnoreCase("COD");
    List<String> states = members.stream().filter(m -> AMSTERDAM.containsKey(m) || NICE.containsKey(m)).toList();
    if (states.isEmpty()) return Optional.empty();
    List<String> parliament = cod && members.contains("ep") ? List.of("ep") : List.of();
    String procNote = cod ? "co-decision: Parliament and Council must both approve (Art. 251 TEC / 294 TFEU)" : "consultation";
    if (vote.startsWith("UNAN")) {
      List<String> veto = new java.util.ArrayList<>(states);
      veto.addAll(parliament);
      return Optional.of(DecisionRule.unanimity(veto, ref("unanimity in the Council (Art. 205(3) TEC / 238(4) TFEU); " + procNote)));
    }
    if (!vote.startsWith("QMV")) return Optional.empty();
    boolean nice = states.stream().anyMatch(s -> !AMSTERDAM.containsKey(s));
    int total;
    int qmv;
    String period;
    if (states.contains("cr")) {
      total = 352;
      qmv = 260;
      period = "EU-28, 2012 Act of Accession / Protocol No 36 Art. 3(3)";
    } else if (states.contains("bu") || states.contains("ro")) {
      total = 345;
      qmv = 255;
      period = "EU-27, 2005 Act of Accession";
    } else if (states.stream().anyMatch(ACCESSION_2004::contains)) {
      total = 321;
      qmv = 232;
      period = "EU-25, 2003 Act of Accession Art. 12";
    } else {
      total = 87;
      qmv = 62;
      period = "EU-15, Art. 205(2) TEC (Amsterdam)";
      nice = false;
    }
    Map<String, Double> w = new LinkedHashMap<>();
    for (String s : states) w.put(s, (double) (nice ? NICE : AMSTERDAM).getOrDefault(s, 0));
    return Optional.of(DecisionRule.qualifiedMajority(w, (double) qmv / total, parliament,
        ref("qualified majority, " + qmv + " of " + total + " votes (" + period + "); " + procNote)));
  }

  private static SourceRef ref(String note) {
    return new SourceRef(TREATIES_ID, Optional.empty(), Optional.of(note), false);
  }
}
