/** JMH benchmarks of the engines. */
package io.peninsula.bench;
