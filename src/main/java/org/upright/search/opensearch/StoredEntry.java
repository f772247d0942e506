package org.upright.search.opensearch;

import java.util.List;
import org.upright.search.IndexEntry;
import org.upright.search.SearchHit;

/**
 * An entry as OpenSearch stores it: the field names are the ones users type in queries ({@code speaker:CAT}), so
 * query_string needs no field translation; {@code document} is the UN symbol.
 */
record StoredEntry(String id, String type, String documentId, String document, String country, List<String> speaker,
                   List<String> mechanism, Integer year, String kind, List<String> theme, List<String> person,
                   List<String> sdg, String position, String tracking, Integer paragraph, String number, String text,
                   String context) {

    static StoredEntry of(long documentId, IndexEntry e) {
        return new StoredEntry(e.id(), e.type(), Long.toString(documentId), e.symbol(), e.country(), e.speakers(),
                e.mechanismTypes(), e.year(), e.kind(), e.themes(), e.affectedPersons(), e.sdgs(), e.position(),
                e.trackingStatus(), e.paragraph(), e.number(), e.text(), e.context());
    }

    SearchHit hit(String highlight, float score) {
        return new SearchHit(id, type, text, highlight, country, speaker, year, kind, document, paragraph, number,
                score);
    }
}
