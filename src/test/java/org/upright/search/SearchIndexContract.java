package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} does, whatever the engine: each implementation's test extends this class and says
 * how to open a fresh, empty index. The entries are sentences of the Kazakhstan compilation and of UPR
 * recommendations, with their real metadata.
 */
public abstract class SearchIndexContract {
    protected SearchIndex index;

    /** A fresh, empty index. */
    protected abstract SearchIndex open() throws Exception;

    @BeforeEach
    void openIndex() throws Exception {
        index = open();
        index.replaceDocument(1, compilation());
        index.replaceDocument(2, review());
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    static IndexEntry statement(long doc, int ordinal, String text, List<String> speakers, String mechanism, int year,
                                String kind, int paragraph) {
        return new IndexEntry("s:" + doc + ":" + ordinal, "statement", doc, "A/HRC/WG.6/7/KAZ/2", "KAZ", speakers,
                List.of(mechanism), year, kind, List.of(), List.of(), List.of(), null, null, paragraph, null, text,
                null);
    }

    static IndexEntry recommendation(long doc, int ordinal, String number, String text, String state,
                                     String position) {
        return new IndexEntry("r:" + doc + ":" + ordinal, "recommendation", doc, "A/HRC/14/10", "KAZ", List.of(state),
                List.of("upr"), 2010, "recommendation", List.of(), List.of(), List.of(), position, null, null, number,
                text, null);
    }

    static List<IndexEntry> compilation() {
        return List.of(
                statement(1, 0, "In 2004, CERD recommended that Kazakhstan consider ratifying the International "
                        + "Convention on the Protection of the Rights of All Migrant Workers and Members of Their "
                        + "Families.", List.of("CERD"), "treaty-body", 2004, "recommendation", 1),
                statement(1, 1, "In 2007, CEDAW encouraged Kazakhstan to consider ratifying the International "
                        + "Convention on the Protection of the Rights of All Migrant Workers.", List.of("CEDAW"),
                        "treaty-body", 2007, "recommendation", 1),
                statement(1, 2, "In 2008, CAT was concerned about numerous and consistent allegations of torture "
                        + "and ill-treatment of detainees by law enforcement officers.", List.of("CAT"),
                        "treaty-body", 2008, "concern", 12),
                statement(1, 3, "The Special Rapporteur on torture noted that torture in police custody persisted.",
                        List.of("SR-torture"), "special-procedure", 2009, "concern", 13),
                statement(1, 4, "UNICEF noted that children with disabilities were placed in institutions.",
                        List.of("UNICEF"), "un-agency", 2009, "information", 20));
    }

    static List<IndexEntry> review() {
        return List.of(
                recommendation(2, 0, "97.1", "Consider ratifying the International Convention on the Protection of "
                        + "the Rights of All Migrant Workers and Members of Their Families", "Algeria", "noted"),
                recommendation(2, 1, "95.41", "Consider ratifying the Second Optional Protocol to the ICCPR, aiming at "
                        + "the abolition of the death penalty", "Philippines", "supported"),
                recommendation(2, 2, "95.20", "Take effective measures to prevent torture and ill-treatment in "
                        + "places of detention", "Denmark", "supported"));
    }

    private List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aScanHandsOverEveryMatchBeyondTheDeepestPageAnEngineAllows() {
        List<IndexEntry> many = new ArrayList<>();
        for (int i = 0; i < 10_050; i++) {
            many.add(statement(3, i, "Statement " + i + " on detention conditions.", List.of("CAT"), "treaty-body",
                    2010 + i % 5, "concern", i));
        }
        index.replaceDocument(3, many);
        List<String> scanned = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        SearchQuery detention = new SearchQuery("detention", Map.of("type", List.of("statement"),
                "year", List.of("2010", "2011", "2012", "2013", "2014")), SearchQuery.Sort.RELEVANCE, 0, 0, false,
                false);
        index.scan(detention, page -> {
            pages.add(page.size());
            page.forEach(h -> scanned.add(h.id()));
        });

        assertThat(scanned).hasSize(10_050).doesNotHaveDuplicates().isSorted();
        assertThat(pages).allMatch(size -> size <= SearchQuery.MAX_LIMIT);
    }

    @Test
    void aWordFindsEveryEntryThatHasItOrItsForms() {
        SearchResult result = index.search(SearchQuery.of("tortured"));
        assertThat(ids(result)).containsExactlyInAnyOrder("s:1:2", "s:1:3", "r:2:2");
        assertThat(result.total()).isEqualTo(3);
    }

    @Test
    void aPhraseMatchesOnlyItsWordsInOrder() {
        assertThat(ids(index.search(SearchQuery.of("\"migrant workers and members\"")))).containsExactlyInAnyOrder(
                "s:1:0", "r:2:0");
    }

    @Test
    void booleanOperatorsPrefixesAndFieldsCombine() {
        assertThat(ids(index.search(SearchQuery.of("torture AND NOT speaker:CAT")))).containsExactlyInAnyOrder(
                "s:1:3", "r:2:2");
        assertThat(ids(index.search(SearchQuery.of("ratif* AND year:2004")))).containsExactly("s:1:0");
        assertThat(ids(index.search(SearchQuery.of("disabilities OR \"death penalty\"")))).containsExactlyInAnyOrder(
                "s:1:4", "r:2:1");
    }

    @Test
    void filtersNarrowAndFacetsCountAllMatches() {
        SearchQuery query = SearchQuery.of("migrant").filtered(Map.of("type", List.of("statement")));
        SearchResult result = index.search(query);

        assertThat(ids(result)).containsExactlyInAnyOrder("s:1:0", "s:1:1");
        assertThat(result.facets().get("speaker")).containsEntry("CERD", 1L).containsEntry("CEDAW", 1L);
        assertThat(result.facets().get("year")).containsEntry("2004", 1L).containsEntry("2007", 1L);
        assertThat(result.facets().get("kind")).containsEntry("recommendation", 2L);
        assertThat(result.facets().get("country")).containsEntry("KAZ", 2L);
        assertThat(result.facets()).containsKey("theme");
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        SearchResult result = index.search(new SearchQuery("", Map.of(), SearchQuery.Sort.RELEVANCE, 0, 2, true,
                false));

        assertThat(result.hits()).hasSize(2);
        assertThat(result.total()).isEqualTo(8);
        assertThat(result.facets().get("kind")).containsEntry("recommendation", 5L).containsEntry("concern", 2L)
                .containsEntry("information", 1L);
    }

    @Test
    void valuesOfOneFilterAreAlternatives() {
        SearchQuery query = SearchQuery.of("").filtered(Map.of("speaker", List.of("CAT", "UNICEF")));
        assertThat(ids(index.search(query))).containsExactlyInAnyOrder("s:1:2", "s:1:4");
    }

    @Test
    void highlightsMarkTheMatchedWordsAndEscapeTheRest() {
        index.replaceDocument(3, List.of(statement(3, 0, "Torture <script>alert(1)</script> & impunity persisted.",
                List.of("CAT"), "treaty-body", 2010, "concern", 1)));

        SearchHit hit = index.search(SearchQuery.of("impunity")).hits().get(0);

        assertThat(hit.highlight()).contains("<mark>impunity</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.text()).isEqualTo("Torture <script>alert(1)</script> & impunity persisted.");
    }

    @Test
    void hitsCarryWhereTheyComeFrom() {
        SearchHit hit = index.search(SearchQuery.of("UNICEF")).hits().get(0);
        assertThat(hit.document()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(hit.paragraph()).isEqualTo(20);
        assertThat(hit.country()).isEqualTo("KAZ");
        assertThat(hit.speakers()).containsExactly("UNICEF");
        assertThat(hit.year()).isEqualTo(2009);
        assertThat(hit.kind()).isEqualTo("information");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void sortByDateGivesTheNewestFirstAndPagesDoNotOverlap() {
        SearchQuery byDate = new SearchQuery("", Map.of("type", List.of("statement")), SearchQuery.Sort.DATE, 0, 2,
                false, false);
        SearchQuery next = new SearchQuery("", Map.of("type", List.of("statement")), SearchQuery.Sort.DATE, 2, 2,
                false, false);

        SearchResult first = index.search(byDate);
        SearchResult second = index.search(next);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hits()).extracting(SearchHit::year).containsExactly(2009, 2009);
        assertThat(second.hits()).extracting(SearchHit::year).containsExactly(2008, 2007);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void replacingADocumentReplacesItsEntriesAndRemovingItRemovesThem() {
        index.replaceDocument(1, List.of(statement(1, 0, "A new version speaks of housing.", List.of("CESCR"),
                "treaty-body", 2010, "concern", 1)));
        assertThat(index.search(SearchQuery.of("migrant")).total()).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("housing")).total()).isEqualTo(1);
        assertThat(index.documentIds()).containsExactlyInAnyOrder(1L, 2L);

        index.removeDocument(1);

        assertThat(index.search(SearchQuery.of("housing")).total()).isZero();
        assertThat(index.documentIds()).containsExactly(2L);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aMalformedQueryIsExplainedInOneLine() {
        for (String bad : List.of("\"unclosed phrase", "torture AND", "(torture OR", "year:[2004 TO")) {
            assertThatThrownBy(() -> index.search(SearchQuery.of(bad))).as(bad)
                    .isInstanceOf(QuerySyntaxException.class).hasMessageStartingWith("bad query: ")
                    .hasMessageContaining("\"exact phrases\"").message().doesNotContain("\n");
        }
    }

    @Test
    void aHugeQueryIsRefusedNotRun() {
        String long10k = "torture ".repeat(1_250);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            terms.add("w" + i);
        }
        assertThatThrownBy(() -> index.search(SearchQuery.of(long10k))).isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> index.search(SearchQuery.of(String.join(" OR ", terms))))
                .isInstanceOf(QuerySyntaxException.class);
    }

    @Test
    void moreLikeThisFindsTheSameAskFromOtherMechanisms() {
        List<SearchHit> similar = index.similar("r:2:0", 3);
        assertThat(similar).extracting(SearchHit::id).startsWith("s:1:0").doesNotContain("r:2:0");
        assertThat(index.similar("r:9:9", 3)).isEmpty();
    }

    @Test
    void nearIdenticalAsksFormOneClusterAndSingletonsNone() {
        List<Cluster> clusters = index.clusters(SearchQuery.of("").filtered(Map.of("kind",
                List.of("recommendation"))), 0.5);

        assertThat(clusters).singleElement().satisfies(c -> assertThat(c.members()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("s:1:0", "s:1:1", "r:2:0"));
        assertThat(index.clusters(SearchQuery.of("").filtered(Map.of("kind", List.of("recommendation"))), 0.99))
                .isEmpty();
    }

    @Test
    void aQueryOfOnlyNegationsMatchesEverythingElse() {
        assertThat(index.search(SearchQuery.of("NOT torture")).total()).isEqualTo(5);
        assertThat(ids(index.search(SearchQuery.of("migrant AND (NOT speaker:CERD)")))).containsExactlyInAnyOrder(
                "s:1:1", "r:2:0");
    }
}
