package org.upright.search;

import java.util.List;

/**
 * One hit: the entry's id and type, its text, the text with the query's terms marked ({@code <mark>...</mark>}, the
 * rest escaped for HTML), where it comes from, and its score.
 */
public record SearchHit(String id, String type, String text, String highlight, String country, List<String> speakers,
                        Integer year, String kind, String document, Integer paragraph, String number, float score) {

    public SearchHit {
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
    }
}
