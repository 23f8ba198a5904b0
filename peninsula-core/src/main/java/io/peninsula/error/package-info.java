/**
 * The core's typed errors, below the scenario model, the game records and the engines so every
 * core package can throw them: {@link io.peninsula.error.InvalidInputException} (bad input: names
 * the field and the value; the command line exits 2), {@link io.peninsula.error.IterationLimitException}
 * (an iteration cap reached: iterations done, last change and the option that raises the cap; exit 1)
 * and {@link io.peninsula.error.NonFiniteResultException} (a NaN or infinity where a number was due).
 */
package io.peninsula.error;
