/** Game records: strategic and extensive games, exact rational payoffs, mixed and behaviour profiles, reduced strategic forms. */
package io.peninsula.game;
