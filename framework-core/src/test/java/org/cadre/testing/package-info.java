/**
 * Cadre's seeded property-test harness, on plain JUnit 5 (no property-testing library).
 *
 * <p>A {@link org.cadre.testing.Generator} makes random values from a {@link org.cadre.testing.RandomSource};
 * {@link org.cadre.testing.Generators} has the common ones (numbers in a range, choices, lists, strings over an
 * alphabet) and {@link org.cadre.testing.Shrinking} the pieces to write shrinkers. {@link org.cadre.testing.Property}
 * runs a check against many generated values, each try from its own seed, shrinks a failing value and throws a
 * {@link org.cadre.testing.PropertyFailure} that says how to replay it.
 *
 * <p>Running and replaying (the defaults make every run test the same values, so CI is reproducible):
 * <pre>
 * mvn -o -B test -pl framework-json -Dtest='org.cadre.json.property.*Test'              # the fixed default seeds
 * mvn -o -B test -pl framework-json -Dtest='org.cadre.json.property.*Test' -Dcadre.seed=random -Dcadre.tries=5000
 * mvn -o -B test -pl framework-json -Dtest='RoundTripPropertyTest#writingAnd…' -Dcadre.seed=4936521381803967205
 * </pre>
 * The last form is what a failure prints: the failing try's seed becomes the first try's, so the same value
 * fails again at once. Note that surefire matches {@code -Dtest='org.cadre.json.property.*'} to nothing; end the
 * pattern with a class name pattern such as {@code *Test}.
 *
 * <p>The package ships to other modules in framework-core's test-jar.
 */
package org.cadre.testing;
