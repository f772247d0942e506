package org.upright.report;

import java.time.LocalDate;
import java.util.List;
import org.upright.reference.Country;

/**
 * A next-cycle draft, ready to draw: the State, the day, the sentences in outline order, the tables as of the day by
 * section ("II" for ratifications, "II.cooperation" for reporting and special procedures), and how many documents
 * were read.
 */
record NextCycleDraft(Country country, LocalDate asOf, List<DraftTheme> outline, List<DraftSentence> sentences,
                      List<CompilationTable> obligationTables, List<CompilationTable> cooperationTables,
                      int documents) {
    NextCycleDraft {
        outline = List.copyOf(outline);
        sentences = List.copyOf(sentences);
        obligationTables = List.copyOf(obligationTables);
        cooperationTables = List.copyOf(cooperationTables);
    }

    /** "Compilation on Kazakhstan — draft for the next review, as of 2025-01-01". */
    String title() {
        return "Compilation on " + country.name() + " \u2014 draft for the next review, as of " + asOf;
    }

    /** The line under the title saying what the document is. */
    String machineLine() {
        return "Machine draft from the Upright record: " + sentences.size() + " recommendations and concerns from "
                + documents + " stored documents dated on or before " + asOf + ", each citing its source. "
                + "To be checked and edited before use.";
    }

    /** The sentences under one heading, in draft order. */
    List<DraftSentence> under(DraftTheme theme) {
        return sentences.stream().filter(s -> s.theme().equals(theme)).toList();
    }
}
