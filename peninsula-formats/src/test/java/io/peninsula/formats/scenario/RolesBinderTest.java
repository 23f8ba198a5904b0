package io.peninsula.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peninsula.engine.security.GameInputs;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.engine.security.SecurityGames;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesBinderTest {
  private static final String BASE = """
      id: r
      title: roles
      sources:
        - {id: hand, citation: "by hand"}
      actors:
        - {id: A, name: A, kind: state, capability: 1, capability_source: hand}
        - {id: B, name: B, kind: state, capability: 2, capability_source: hand}
      issues:
        - {id: x, title: X, scale: {min: 0, max: 100}}
      positions:
        - {actor: A, issue: x, position: 0, salience: 1, source: hand}
        - {actor: B, issue: x, position: 100, salience: 0.5, source: hand}
      """;

  @Test
  void roles_boundWrittenBackAndReadByTheGames() {
    Scenario s = ScenarioLoader.parse("r.yaml", BASE + """
        roles:
          security_issues: [x]
          security_issues_source: hand
          deterrence:
            challenger: A
            defender: B
            tripwire_issue: x
            source: {ref: hand, note: "A challenges", judgement: true}
        """);
    assertThat(s.roles().securityIssues()).containsExactly("x");
    assertThat(s.roles().assignment("deterrence", "defender")).contains(List.of("B"));
    assertThat(s.roles().games().get("deterrence").source().judgement()).isTrue();
    Scenario back = ScenarioLoader.parse("rt.yaml", ScenarioWriter.toYaml(s));
    assertThat(back.roles()).isEqualTo(s.roles());
    assertThat(SecurityGames.byName("deterrence").orElseThrow().build(s, GameInputs.NONE).verdict()).isNotEmpty();
  }

  @Test
  void roles_faultsAreLocatedWithSuggestions() {
    InputException e = catchThrowableOfType(InputException.class, () -> ScenarioLoader.parse("r.yaml", BASE + """
        roles:
          security_issues: [x, y]
          deterence:
            challenger: A
          alliance:
            patron: [A, B]
            client: C
        """));
    assertThat(e.problems()).extracting(Problem::format).containsExactly(
        "r.yaml:14:3: roles.security_issues_source: missing required field \"security_issues_source\" (where the value comes from: a source id "
            + "or {ref: ID, quote: \"...\"})",
        "r.yaml:14:24: roles.security_issues: unknown issue \"y\" (declared: x); did you mean \"x\"?",
        "r.yaml:15:3: roles.deterence: unknown field \"deterence\" (allowed: alliance, crisis-bargaining, deterrence, security-dilemma, "
            + "security_issues, security_issues_source); did you mean \"deterrence\"?",
        "r.yaml:18:5: roles.alliance.source: missing required field \"source\" (where the value comes from: a source id or {ref: ID, quote: \"...\"})",
        "r.yaml:18:13: roles.alliance.patron: expected one actor id, got a list",
        "r.yaml:19:13: roles.alliance.client: unknown actor \"C\" (declared: A, B); did you mean \"A\"?");
  }

  @Test
  void bundledScenarios_assignEveryRoleOfEveryGame_andEveryGameBuilds() {
    for (String name : List.of("korea-2019", "korea-2025", "europe-2025")) {
      Scenario s = ScenarioLoader.parse(name + ".yaml", BundledScenarios.text(name).orElseThrow());
      assertThat(s.roles().securityIssues()).as(name).isNotEmpty();
      for (SecurityGame g : SecurityGames.ALL) {
        for (var role : g.roles()) assertThat(s.roles().assignment(g.name(), role.name())).as(name + " " + g.name() + " " + role.name()).isPresent();
        assertThat(g.build(s, GameInputs.NONE).verdict()).as(name + " " + g.name()).isNotEmpty();
      }
    }
  }
}
