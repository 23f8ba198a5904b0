/**
 * The numeric engines (bargaining models, equilibrium solvers, analyses, dynamics, security games,
 * sweeps), one sub-package each. The typed errors they throw live in {@code io.peninsula.error}; the
 * three classes left here are deprecated aliases kept only so code written against their old package
 * still compiles.
 */
package io.peninsula.engine;
