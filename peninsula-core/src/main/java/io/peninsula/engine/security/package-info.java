/** Security games built from a scenario's values: security dilemma, deterrence, alliance, crisis bargaining. */
package io.peninsula.engine.security;
