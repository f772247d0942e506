package org.upright.ingest.model;

import java.util.List;

/** One row of the 2009 ratification table: a core instrument, when the State became party, and what it declared. */
public record Ratification(String instrument, String dateText, String date, String declarationsText,
                           List<Competence> competences) {
}
