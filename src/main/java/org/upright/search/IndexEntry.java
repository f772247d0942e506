package org.upright.search;

import java.util.List;
import java.util.Objects;

/**
 * One searchable unit of a stored document: a statement, a UPR recommendation or a paragraph, with the fields users
 * filter and facet on. {@code id} is stable across reindexing ("s:{documentId}:{ordinal}", "r:...", "p:...").
 *
 * @param id               stable id: the type's letter, the stored document's id and the unit's ordinal
 * @param type             statement | recommendation | paragraph
 * @param documentId       the stored document version it comes from
 * @param symbol           the document's UN symbol (or file name)
 * @param country          ISO 3166 alpha-3 of the State concerned
 * @param speakers         mechanism codes or recommending States ("CAT", "France")
 * @param mechanismTypes   treaty-body | special-procedure | upr | un-agency | other, one per speaker kind
 * @param year             the year the statement speaks of, or the recommendation was made
 * @param kind             recommendation | concern | welcome | information
 * @param themes           theme labels (empty until classified)
 * @param affectedPersons  groups of persons (empty until classified)
 * @param sdgs             SDG goals ("SDG 5"; empty until classified)
 * @param position         a UPR recommendation's response: supported | noted | ...
 * @param trackingStatus   the tracking status (empty until tracked)
 * @param paragraph        the paragraph number in its document
 * @param number           a recommendation's number ("95.12")
 * @param text             the text searched and shown
 * @param context          the paragraph the text stands in, where it is not the text itself
 */
public record IndexEntry(String id, String type, long documentId, String symbol, String country, List<String> speakers,
                         List<String> mechanismTypes, Integer year, String kind, List<String> themes,
                         List<String> affectedPersons, List<String> sdgs, String position, String trackingStatus,
                         Integer paragraph, String number, String text, String context) {

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        mechanismTypes = List.copyOf(mechanismTypes == null ? List.of() : mechanismTypes);
        themes = List.copyOf(themes == null ? List.of() : themes);
        affectedPersons = List.copyOf(affectedPersons == null ? List.of() : affectedPersons);
        sdgs = List.copyOf(sdgs == null ? List.of() : sdgs);
    }
}
