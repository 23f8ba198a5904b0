/** The numeric engines' shared types: the typed errors every engine throws for bad input or an exhausted iteration cap. */
package io.peninsula.engine;
