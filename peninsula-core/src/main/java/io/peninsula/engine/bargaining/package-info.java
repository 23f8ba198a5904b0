/** Bargaining models (compromise, median voter, BDM expected utility, Nash, SMP), their registry and their declared parameters. */
package io.peninsula.engine.bargaining;
