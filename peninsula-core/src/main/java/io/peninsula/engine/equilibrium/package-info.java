/** Exact Nash equilibrium methods (pure enumeration, vertex enumeration, Lemke-Howson, sequence-form Lemke, backward induction) and iterated dominance. */
package io.peninsula.engine.equilibrium;
