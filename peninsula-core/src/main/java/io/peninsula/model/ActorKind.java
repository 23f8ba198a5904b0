package io.peninsula.model;

/** What sort of player an actor is. */
public enum ActorKind {
  STATE,
  FACTION,
  INSTITUTION
}
