package org.upright.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upright.search.Cluster;
import org.upright.search.IndexEntry;
import org.upright.search.QuerySyntaxException;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;

/** What the Lucene index makes of queries: its analysis, syntax, bounds, highlights, facets and clusters. */
class LuceneQueriesTest {
    private LuceneSearchIndex index;

    private static IndexEntry entry(String id, String text, String speaker, Integer year, String kind) {
        return new IndexEntry(id, "statement", 1, "A/HRC/WG.6/7/KAZ/2", "KAZ", List.of(speaker), List.of("treaty-body"),
                year, kind, List.of(), List.of(), List.of(), null, null, 1, null, text, null);
    }

    @BeforeEach
    void openIndex() {
        index = LuceneSearchIndex.inMemory();
        index.replaceDocument(1, List.of(
                entry("s:1:0", "CAT was concerned about torture in police custody.", "CAT", 2008, "concern"),
                entry("s:1:1", "The Special Rapporteur noted that detainees were tortured.", "SR-torture", 2009,
                        "concern"),
                entry("s:1:2", "CEDAW recommended ratifying the Optional Protocol.", "CEDAW", 2007, "recommendation"),
                entry("s:1:3", "Kazakhstan's police were trained.", "UNDP", null, "information")));
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private List<String> ids(String query) {
        return index.search(SearchQuery.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void bareWordsMatchEveryFormButQuotedWordsOnlyTheirOwn() {
        assertThat(ids("tortured")).containsExactlyInAnyOrder("s:1:0", "s:1:1");
        assertThat(ids("\"tortured\"")).containsExactly("s:1:1");
        assertThat(ids("\"kazakhstan's police\"")).containsExactly("s:1:3");
    }

    @Test
    void wordsAreAllRequiredUnlessOrIsWritten() {
        assertThat(ids("torture police")).containsExactly("s:1:0");
        assertThat(ids("torture OR police")).containsExactlyInAnyOrder("s:1:0", "s:1:1", "s:1:3");
    }

    @Test
    void prefixesMatchTheWordsAsWritten() {
        assertThat(ids("ratif*")).containsExactly("s:1:2");
        assertThat(ids("detain*")).containsExactly("s:1:1");
    }

    @Test
    void fieldValuesMatchWhateverTheirCaseAndYearsTakeRanges() {
        assertThat(ids("speaker:cat")).containsExactly("s:1:0");
        assertThat(ids("speaker:SR-torture")).containsExactly("s:1:1");
        assertThat(ids("document:A/HRC/WG.6/7/KAZ/2")).hasSize(4);
        assertThat(ids("year:[2008 TO *]")).containsExactlyInAnyOrder("s:1:0", "s:1:1");
        assertThat(ids("year:{2007 TO 2009}")).containsExactly("s:1:0");
        assertThat(index.search(SearchQuery.of("").filtered(Map.of("country", List.of("kaz"), "year",
                List.of("2007", "2009")))).total()).isEqualTo(2);
    }

    @Test
    void whatTheSyntaxDoesNotAllowIsRefusedInOneLine() {
        for (String bad : List.of("*orture", "?orture", "colour:red", "year:recent", "year:200*", "text:[a TO b]",
                "torture)")) {
            assertThatThrownBy(() -> index.search(SearchQuery.of(bad))).as(bad)
                    .isInstanceOf(QuerySyntaxException.class).message().doesNotContain("\n");
        }
        assertThatThrownBy(() -> index.search(SearchQuery.of("").filtered(Map.of("colour", List.of("red")))))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("colour");
    }

    @Test
    void aSlashIsPartOfAWordNotTheStartOfARegularExpression() {
        assertThat(ids("/.*/")).isEmpty();
        assertThat(ids("torture/ill-treatment")).isEmpty();
    }

    @Test
    void theLongestAndTheMostTermsAllowedRunAndOneMoreIsRefused() {
        String longest = "torture" + " ".repeat(SearchQuery.MAX_LENGTH - "torture".length());
        assertThat(index.search(SearchQuery.of(longest)).total()).isEqualTo(2);
        assertThatThrownBy(() -> index.search(SearchQuery.of(longest + " ")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("longer than");

        List<String> words = new ArrayList<>();
        for (int i = 0; i < SearchQuery.MAX_TERMS; i++) {
            words.add("w" + i);
        }
        assertThat(index.search(SearchQuery.of(String.join(" OR ", words))).total()).isZero();
        words.add("torture");
        assertThatThrownBy(() -> index.search(SearchQuery.of(String.join(" OR ", words))))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("more than");
    }

    @Test
    void highlightsMarkPhrasesAndPrefixesAndAreAbsentWhenNotAsked() {
        SearchHit phrase = index.search(SearchQuery.of("\"police custody\"")).hits().get(0);
        assertThat(phrase.highlight()).isEqualTo("CAT was concerned about torture in <mark>police custody</mark>.");

        SearchHit prefix = index.search(SearchQuery.of("ratif*")).hits().get(0);
        assertThat(prefix.highlight()).contains("<mark>ratifying</mark>");

        SearchHit filtered = index.search(SearchQuery.of("speaker:UNDP")).hits().get(0);
        assertThat(filtered.highlight()).isEqualTo("Kazakhstan&#x27;s police were trained.");

        SearchQuery plain = new SearchQuery("torture", Map.of(), SearchQuery.Sort.RELEVANCE, 0, 10, false, false);
        assertThat(index.search(plain).hits()).extracting(SearchHit::highlight).containsOnlyNulls();
        assertThat(index.search(plain).facets()).isEmpty();
    }

    @Test
    void aPageOfOneCountsFacetsOverEveryMatch() {
        SearchResult result = index.search(new SearchQuery("", Map.of(), SearchQuery.Sort.RELEVANCE, 0, 1, true,
                false));

        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get("kind")).containsExactly(Map.entry("concern", 2L),
                Map.entry("information", 1L), Map.entry("recommendation", 1L));
    }

    @Test
    void byDateEntriesWithoutAYearComeLast() {
        SearchResult result = index.search(new SearchQuery("", Map.of(), SearchQuery.Sort.DATE, 0, 10, false, false));

        assertThat(result.hits()).extracting(SearchHit::id).containsExactly("s:1:1", "s:1:0", "s:1:2", "s:1:3");
    }

    @Test
    void anEmptiedIndexFindsNothingAndCountsNoFacetValues() {
        index.clear();

        SearchResult result = index.search(SearchQuery.of(""));
        assertThat(result.total()).isZero();
        assertThat(result.facets().get("speaker")).isEmpty();
        assertThat(index.documentIds()).isEmpty();
        assertThat(index.clusters(SearchQuery.of(""), 0.5)).isEmpty();
    }

    @Test
    void aClusterIsNamedByItsSmallestIdLabelledByItsMostCentralMemberAndOrderedByYear() {
        index.replaceDocument(2, List.of(
                new IndexEntry("r:2:0", "recommendation", 2, "A/HRC/14/10", "KAZ", List.of("Brazil"), List.of("upr"),
                        2010, "recommendation", List.of(), List.of(), List.of(), null, null, null, "97.2",
                        "Ratify the Optional Protocol to the Convention against Torture.", null),
                new IndexEntry("r:2:1", "recommendation", 2, "A/HRC/14/10", "KAZ", List.of("Chile"), List.of("upr"),
                        2010, "recommendation", List.of(), List.of(), List.of(), null, null, null, "97.3",
                        "Ratify the Optional Protocol to the Convention against Torture promptly.", null)));
        index.replaceDocument(3, List.of(new IndexEntry("r:3:0", "recommendation", 3, "A/HRC/28/10", "KAZ",
                List.of("Denmark"), List.of("upr"), 2014, "recommendation", List.of(), List.of(), List.of(), null,
                null, null, "123.1", "Ratify the Optional Protocol to the Convention against Torture.", null)));

        List<Cluster> clusters = index.clusters(SearchQuery.of("convention torture"), 0.8);

        assertThat(clusters).singleElement().satisfies(cluster -> {
            assertThat(cluster.id()).isEqualTo("r:2:0");
            assertThat(cluster.label()).isEqualTo("Ratify the Optional Protocol to the Convention against Torture.");
            assertThat(cluster.members()).extracting(SearchHit::id).containsExactly("r:2:0", "r:2:1", "r:3:0");
        });
    }

    @Test
    void entriesOfAnotherDocumentAreRefused() {
        IndexEntry other = new IndexEntry("s:9:0", "statement", 9, "X", "KAZ", List.of(), List.of(), 2009, "concern",
                List.of(), List.of(), List.of(), null, null, null, null, "Text.", null);

        assertThatThrownBy(() -> index.replaceDocument(1, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isEqualTo(4);
    }
}
