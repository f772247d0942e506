package org.upright.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.upright.common.PartialDate;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.UprSessions;

/**
 * Everything stored about one State that obligations are computed from: the current version of each of its
 * documents, dated, oldest first, and the rows of the imported ratification datasets.
 */
record StateEvidence(List<Dated> documents, List<RatificationImport.DatasetRow> dataset) {

    /** A stored document with the date it speaks for (see {@link #dateOf}). */
    record Dated(StoredDocument stored, ExtractedDocument document, PartialDate date) {
        Source source() {
            return new Source(stored.symbol() != null ? stored.symbol() : stored.fileName(), stored.kind(), date,
                    stored.id());
        }

        boolean is(String kind) {
            return kind.equals(stored.kind());
        }
    }

    static StateEvidence load(String country, DocumentStore store, RatificationImport dataset, UprSessions sessions) {
        List<Dated> documents = new ArrayList<>();
        for (StoredDocument stored : store.documentsOf(country)) {
            ExtractedDocument document = store.load(stored.id());
            documents.add(new Dated(stored, document, dateOf(stored.symbol(), document, sessions)));
        }
        documents.sort(Comparator.comparing(Dated::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new StateEvidence(List.copyOf(documents), dataset.rows(country));
    }

    /**
     * The year a document speaks for, where its symbol or content gives it: a UPR document's Working Group session,
     * a Council document's session (three a year), else the latest year its statements give (concluding
     * observations: the year of adoption).
     */
    static PartialDate dateOf(String symbol, ExtractedDocument document, UprSessions sessions) {
        var year = org.upright.document.SymbolDates.year(symbol, sessions);
        if (year.isPresent()) {
            return PartialDate.ofYear(year.getAsInt());
        }
        return document.paragraphs() == null ? null : document.paragraphs().stream()
                .flatMap(p -> p.statements() == null ? java.util.stream.Stream.<Statement>empty() : p.statements().stream())
                .map(Statement::year).filter(Objects::nonNull).max(Integer::compare)
                .map(PartialDate::ofYear).orElse(null);
    }
}
