package io.peninsula.formats.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.peninsula.model.Actor;
import io.peninsula.model.CapabilityIndicator;
import io.peninsula.model.EventCondition;
import io.peninsula.model.Issue;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Relation;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.ScenarioEvent;
import io.peninsula.model.Source;
import io.peninsula.model.SourceRef;
import io.peninsula.model.Uncertainty;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link Scenario} as YAML or JSON in the format {@link ScenarioLoader} reads. */
public final class ScenarioWriter {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScenarioWriter() {}

  public static String toYaml(Scenario s) {
    return write(YAML, s);
  }

  public static String toJson(Scenario s) {
    return write(JSON, s) + "\n";
  }

  private static String write(ObjectMapper m, Scenario s) {
    try {
      return m.writeValueAsString(tree(s));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> tree(Scenario s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", s.metadata().id());
    root.put("title", s.metadata().title());
    put(root, "date", s.metadata().date());
    put(root, "description", s.metadata().description());
    List<Object> sources = new ArrayList<>();
    for (Source src : s.sources()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", src.id());
      m.put("citation", src.citation());
      src.url().ifPresent(u -> m.put("url", u));
      src.quote().ifPresent(q -> m.put("quote", q));
      sources.add(m);
    }
    root.put("sources", sources);
    root.put("actors", s.actors().stream().map(ScenarioWriter::actor).toList());
    root.put("issues", s.issues().stream().map(ScenarioWriter::issue).toList());
    root.put("positions", s.positions().stream().map(ScenarioWriter::position).toList());
    if (!s.relations().isEmpty()) root.put("relations", s.relations().stream().map(ScenarioWriter::relation).toList());
    if (!s.options().isEmpty()) root.put("options", s.options().stream().map(ScenarioWriter::option).toList());
    if (!s.events().isEmpty()) root.put("events", s.events().stream().map(ScenarioWriter::event).toList());
    if (!s.roles().isEmpty()) root.put("roles", roles(s.roles()));
    return root;
  }

  private static Map<String, Object> roles(io.peninsula.model.Roles roles) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!roles.securityIssues().isEmpty()) {
      m.put("security_issues", roles.securityIssues());
      roles.securityIssuesSource().ifPresent(src -> m.put("security_issues_source", source(src)));
    }
    roles.games().forEach((game, g) -> {
      Map<String, Object> gm = new LinkedHashMap<>();
      g.assignments().forEach((role, ids) -> gm.put(role, ids.size() == 1 ? ids.get(0) : ids));
      gm.put("source", source(g.source()));
      m.put(game, gm);
    });
    return m;
  }

  private static void put(Map<String, Object> m, String k, String v) {
    if (v != null && !v.isEmpty()) m.put(k, v);
  }

  private static Object num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
  }

  private static Map<String, Object> actor(Actor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
    a.parent().ifPresent(p -> m.put("parent", p));
    m.put("capability", num(a.capability()));
    m.put("capability_source", source(a.capabilitySource()));
    a.capabilityUncertainty().ifPresent(u -> m.put("capability_uncertainty", uncertainty(u)));
    if (!a.indicators().isEmpty()) m.put("indicators", a.indicators().stream().map(ScenarioWriter::indicator).toList());
    return m;
  }

  private static Map<String, Object> indicator(CapabilityIndicator c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", c.year());
    c.milexUsdMillions().ifPresent(v -> m.put("milex", num(v)));
    c.cinc().ifPresent(v -> m.put("cinc", num(v)));
    c.warheads().ifPresent(v -> m.put("warheads", num(v)));
    m.put("source", source(c.source()));
    return m;
  }

  private static Map<String, Object> issue(Issue i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("title", i.title());
    m.put("scale", Map.of("min", num(i.min()), "max", num(i.max())));
    if (!i.anchors().isEmpty())
      m.put("anchors", i.anchors().stream().map(a -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("value", num(a.value()));
        x.put("label", a.label());
        return x;
      }).toList());
    i.statusQuo().ifPresent(sq -> m.put("status_quo", IssueRuleBinder.write(sq, ScenarioWriter::num, ScenarioWriter::source)));
    i.decision().ifPresent(d -> m.put("decision", IssueRuleBinder.write(d, ScenarioWriter::num, ScenarioWriter::source)));
    return m;
  }

  private static Map<String, Object> position(Position p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("actor", p.actorId());
    m.put("issue", p.issueId());
    m.put("position", num(p.position()));
    m.put("salience", num(p.salience()));
    m.put("source", source(p.source()));
    p.salienceSource().ifPresent(s -> m.put("salience_source", source(s)));
    p.positionUncertainty().ifPresent(u -> m.put("position_uncertainty", uncertainty(u)));
    p.salienceUncertainty().ifPresent(u -> m.put("salience_uncertainty", uncertainty(u)));
    p.influence().ifPresent(x -> m.put("influence", IssueRuleBinder.write(x, ScenarioWriter::num, ScenarioWriter::source)));
    return m;
  }

  private static Map<String, Object> relation(Relation r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("type", r.type().name().toLowerCase(Locale.ROOT));
    m.put("between", List.of(r.a(), r.b()));
    r.since().ifPresent(y -> m.put("since", y));
    r.affinity().ifPresent(a -> m.put("affinity", num(a)));
    m.put("source", source(r.source()));
    return m;
  }

  private static Map<String, Object> option(PolicyOption o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("title", o.title());
    put(m, "description", o.description());
    m.put("source", source(o.source()));
    m.put("edits", o.edits().stream().map(ScenarioWriter::edit).toList());
    return m;
  }

  private static Map<String, Object> event(ScenarioEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("title", e.title());
    m.put("probability", num(e.probability()));
    m.put("source", source(e.source()));
    if (e.repeats()) m.put("repeats", true);
    if (!e.conditions().isEmpty()) {
      List<Object> when = new ArrayList<>();
      for (EventCondition c : e.conditions()) {
        Map<String, Object> x = new LinkedHashMap<>();
        if (c instanceof EventCondition.AfterEvent a) x.put("after", a.event());
        else if (c instanceof EventCondition.IssueAbove a) {
          x.put("issue", a.issue());
          x.put("above", num(a.threshold()));
        } else if (c instanceof EventCondition.IssueBelow a) {
          x.put("issue", a.issue());
          x.put("below", num(a.threshold()));
        }
        when.add(x);
      }
      m.put("when", when);
    }
    m.put("effects", e.effects().stream().map(ScenarioWriter::edit).toList());
    return m;
  }

  private static Map<String, Object> edit(ScenarioEdit e) {
    Map<String, Object> v = new LinkedHashMap<>();
    String kind;
    if (e instanceof ScenarioEdit.SetPosition x) {
      kind = "set_position";
      v.put("actor", x.actor());
      v.put("issue", x.issue());
      v.put("value", num(x.value()));
    } else if (e instanceof ScenarioEdit.ShiftPosition x) {
      kind = "shift_position";
      v.put("actor", x.actor());
      v.put("issue", x.issue());
      v.put("delta", num(x.delta()));
    } else if (e instanceof ScenarioEdit.SetSalience x) {
      kind = "set_salience";
      v.put("actor", x.actor());
      v.put("issue", x.issue());
      v.put("value", num(x.value()));
    } else if (e instanceof ScenarioEdit.SetStatusQuo x) {
      kind = "set_status_quo";
      v.put("issue", x.issue());
      v.put("value", num(x.value()));
    } else if (e instanceof ScenarioEdit.ShiftStatusQuo x) {
      kind = "shift_status_quo";
      v.put("issue", x.issue());
      v.put("delta", num(x.delta()));
    } else if (e instanceof ScenarioEdit.SetCapability x) {
      kind = "set_capability";
      v.put("actor", x.actor());
      v.put("value", num(x.value()));
    } else if (e instanceof ScenarioEdit.ScaleCapability x) {
      kind = "scale_capability";
      v.put("actor", x.actor());
      v.put("factor", num(x.factor()));
    } else if (e instanceof ScenarioEdit.AddRelation x) {
      return Map.of("add_relation", relation(x.relation()));
    } else if (e instanceof ScenarioEdit.RemoveRelation x) {
      return Map.of("remove_relation", x.relationId());
    } else if (e instanceof ScenarioEdit.RemoveActor x) {
      return Map.of("remove_actor", x.actor());
    } else if (e instanceof ScenarioEdit.AddActor x) {
      kind = "add_actor";
      v.put("actor", actor(x.actor()));
      v.put("positions", x.positions().stream().map(ScenarioWriter::position).toList());
    } else {
      throw new IllegalArgumentException("unsupported edit " + e);
    }
    return Map.of(kind, v);
  }

  private static Object source(SourceRef r) {
    if (r.quote().isEmpty() && r.note().isEmpty() && !r.judgement() && !r.proxy()) return r.sourceId();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ref", r.sourceId());
    r.quote().ifPresent(q -> m.put("quote", q));
    r.note().ifPresent(n -> m.put("note", n));
    if (r.judgement()) m.put("judgement", true);
    if (r.proxy()) m.put("proxy", true);
    return m;
  }

  private static Map<String, Object> uncertainty(Uncertainty u) {
    if (u instanceof Uncertainty.Range x) return Map.of("range", List.of(num(x.lower()), num(x.upper())));
    if (u instanceof Uncertainty.Triangular x) return Map.of("triangular", List.of(num(x.lower()), num(x.mode()), num(x.upper())));
    Uncertainty.TruncatedNormal x = (Uncertainty.TruncatedNormal) u;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", num(x.mean()));
    m.put("sd", num(x.sd()));
    m.put("min", num(x.lower()));
    m.put("max", num(x.upper()));
    return Map.of("normal", m);
  }

}
