package org.upright.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.upright.common.BadInputException;
import org.upright.document.DocumentSymbol;
import org.upright.document.SymbolDates;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;

/** Writes a State's stored UPR compilation back out as a document with the OHCHR compilation's structure. */
public final class CompilationReports {
    static final String KIND = "upr-compilation";

    private final DocumentStore store;
    private final ReferenceData reference;

    /** Reads compilations from the store; the reference data names States and dates UPR sessions. */
    public CompilationReports(DocumentStore store, ReferenceData reference) {
        this.store = store;
        this.reference = reference;
    }

    /** What was written: the compilation's symbol and the file. */
    public record Written(String symbol, Path file) {
    }

    /**
     * Writes the latest compilation of the State on or before the day (a document whose year is unknown counts as
     * before) to the file, through a temporary file in the same directory so that a failure leaves no partial file.
     *
     * @throws BadInputException when the State has no stored compilation by that day
     */
    public Written write(Country country, LocalDate asOf, CompilationFormat format, Path file) {
        StoredDocument stored = latest(country.alpha3(), asOf).orElseThrow(() -> new BadInputException(
                "no UPR compilation of " + country.name() + " (" + country.alpha3() + ") is stored"
                        + (asOf == null ? "" : " on or before " + asOf) + ": ingest one first"));
        ExtractedDocument document = store.load(stored.id());
        Integer session = session(stored.symbol());
        byte[] bytes = switch (format) {
            case HTML -> new CompilationHtml(document, country.name(), session).render()
                    .getBytes(StandardCharsets.UTF_8);
            case PDF -> CompilationPdf.render(new CompilationHtml(document, country.name(), session).render(),
                    stored.symbol());
            case DOCX -> new CompilationDocx(document, country.name(), session).render();
        };
        writeAtomically(file, bytes);
        return new Written(stored.symbol(), file);
    }

    /** The State's current compilation latest on or before the day (any, when the day is null). */
    Optional<StoredDocument> latest(String iso3, LocalDate asOf) {
        List<StoredDocument> compilations = store.documentsOf(iso3).stream()
                .filter(StoredDocument::current)
                .filter(d -> KIND.equals(d.kind()))
                .filter(d -> asOf == null || year(d) <= asOf.getYear())
                .toList();
        return compilations.stream().max(Comparator.comparingInt(this::year)
                .thenComparingInt(d -> session(d.symbol()) == null ? 0 : session(d.symbol()))
                .thenComparingLong(StoredDocument::id));
    }

    private int year(StoredDocument document) {
        return SymbolDates.year(document.symbol(), reference.sessions()).orElse(Integer.MIN_VALUE);
    }

    private static Integer session(String symbol) {
        if (symbol == null) {
            return null;
        }
        var session = new DocumentSymbol(symbol).uprSession();
        return session.isPresent() ? session.getAsInt() : null;
    }

    static void writeAtomically(Path file, byte[] bytes) {
        org.upright.common.FileReplace.write(file, bytes);
    }
}
