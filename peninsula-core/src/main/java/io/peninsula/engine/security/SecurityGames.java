package io.peninsula.engine.security;

import java.util.List;
import java.util.Optional;

/** The registry of security games: every front end lists, documents and builds games from here. */
public final class SecurityGames {
  /** All games, in the order help texts list them. */
  public static final List<SecurityGame> ALL =
      List.of(new SecurityDilemmaGame(), new DeterrenceGame(), new AllianceGame(), new CrisisBargaining());

  private SecurityGames() {}

  public static Optional<SecurityGame> byName(String name) {
    return ALL.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(SecurityGame::name).toList();
  }
}
