package io.peninsula.model;

/** Kinds of treaty obligation, as coded by ATOP (Leeds et al. 2002). */
public enum RelationType {
  DEFENSE,
  OFFENSE,
  NEUTRALITY,
  NON_AGGRESSION,
  CONSULTATION
}
