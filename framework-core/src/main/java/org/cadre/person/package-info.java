/**
 * Person records: ratings, evidence, programmes taken and facts.
 *
 * <h2>Thread safety</h2>
 * {@code Person} and the records it holds are immutable and safe to share between threads;
 * {@code Person.Builder} is mutable and meant for one thread.
 */
package org.cadre.person;
