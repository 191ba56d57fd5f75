package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.Rule;
import org.junit.jupiter.api.Test;

/**
 * The content hash that every {@link Evaluation} records: the same for equal frameworks however they were
 * built, different when any part differs, and stable across runs and releases — a host that stored an
 * evaluation must be able to tell later whether the framework it was judged against has changed, so the
 * canonical form is pinned by a known hash of the test framework.
 */
class ContentHashTest {

    private static String hash(Framework framework) {
        return ContentHash.of(framework);
    }

    @Test
    void theTestFrameworkHasAKnownHash() {
        assertThat(hash(TestFramework.framework()))
                .isEqualTo("19d8d2aad6a3377431f78372619ce45fd927739376eb7d238af56c75d4add3f9");
        assertThat(CompiledFramework.compile(TestFramework.framework()).contentHash())
                .isEqualTo(hash(TestFramework.framework()));
    }

    @Test
    void equalFrameworksHaveEqualHashesWhateverOrderTheirMapsWereFilledIn() {
        Framework framework = TestFramework.framework();
        List<Map.Entry<String, Rule>> entries = new ArrayList<>(framework.rules().entrySet());
        Collections.reverse(entries);
        Map<String, Rule> reversed = new LinkedHashMap<>();
        entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
        Framework rebuilt = framework.toBuilder().rules(reversed)
                .extensions(Extensions.of(Map.of("x-b", "2", "x-a", "1"))).build();
        Framework again = framework.toBuilder().extensions(Extensions.of(Map.of("x-a", "1", "x-b", "2"))).build();

        assertThat(rebuilt).isEqualTo(again);
        assertThat(hash(rebuilt)).isEqualTo(hash(again));
        assertThat(hash(TestFramework.framework())).isEqualTo(hash(TestFramework.framework()));
    }

    @Test
    void everyChangeOfContentChangesTheHash() {
        Framework base = TestFramework.framework();
        List<Framework> variants = List.of(
                base,
                base.toBuilder().description("Revised").build(),
                base.toBuilder().description("Revised.").build(),
                base.toBuilder().language("fr").build(),
                base.toBuilder().license("CC-BY-4.0").build(),
                base.toBuilder().authors(List.of("NHS Leadership Academy")).build(),
                base.toBuilder().authors(List.of("NHS", "Leadership Academy")).build(),
                base.toBuilder().extensions(Extensions.of(Map.of("x-a", "1"))).build(),
                base.toBuilder().extensions(Extensions.of(Map.of("x-a", "\"1\""))).build(),
                base.toBuilder().extensions(Extensions.of(Map.of("x-b", "1"))).build(),
                withRule(base, "senior", new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong")),
                withRule(base, "senior", new Rule.Level("team", Rule.Comparison.AT_LEAST, "exemplary")),
                withRule(base, "senior", new Rule.Level("team", Rule.Comparison.AT_MOST, "strong")),
                withRule(base, "senior", new Rule.Level("care", Rule.Comparison.AT_LEAST, "strong")));

        List<String> hashes = variants.stream().map(ContentHashTest::hash).toList();

        assertThat(hashes).doesNotHaveDuplicates().allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
    }

    @Test
    void textsAreDelimitedSoThatMovingCharactersBetweenFieldsChangesTheHash() {
        Framework base = TestFramework.framework();
        Framework first = base.toBuilder().description("ab").license("c").build();
        Framework second = base.toBuilder().description("a").license("bc").build();
        Framework noDescription = base.toBuilder().license("abc").build();

        assertThat(hash(first)).isNotEqualTo(hash(second)).isNotEqualTo(hash(noDescription));
        assertThat(hash(second)).isNotEqualTo(hash(noDescription));
    }

    private static Framework withRule(Framework framework, String name, Rule rule) {
        Map<String, Rule> rules = new LinkedHashMap<>(framework.rules());
        rules.put(name, rule);
        return framework.toBuilder().rules(rules).build();
    }
}
