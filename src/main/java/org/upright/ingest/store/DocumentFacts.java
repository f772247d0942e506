package org.upright.ingest.store;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;

/**
 * Writes every part of an exchange document into its tables and reads them back. A part the extraction did not
 * have (null) is remembered apart from a part it had but found empty, so that the document comes back as stored.
 */
final class DocumentFacts {
    private static final String SECTIONS = "sections";
    private static final String RATIFICATIONS = "ratifications";
    private static final String NOT_PARTY = "notParty";
    private static final String OTHER_INSTRUMENTS = "otherInstruments";
    private static final String TREATY_STATUS = "treatyStatus";
    private static final String REPORTING = "treatyBodyReporting";
    private static final String PARAGRAPHS = "paragraphs";
    private static final String ENDNOTES = "endnotes";
    private static final String RECOMMENDATIONS = "recommendations";

    /** How many paragraphs, statements and recommendations were written. */
    record Written(int paragraphs, int statements, int recommendations) {
    }

    private DocumentFacts() {
    }

    /** The names of the list parts the document has (null lists are parts it does not have). */
    static List<String> partsOf(ExtractedDocument d) {
        List<String> parts = new ArrayList<>();
        addIf(parts, SECTIONS, d.sections());
        addIf(parts, RATIFICATIONS, d.ratifications());
        addIf(parts, NOT_PARTY, d.notParty());
        addIf(parts, OTHER_INSTRUMENTS, d.otherInstruments());
        addIf(parts, TREATY_STATUS, d.treatyStatus());
        addIf(parts, REPORTING, d.treatyBodyReporting());
        addIf(parts, PARAGRAPHS, d.paragraphs());
        addIf(parts, ENDNOTES, d.endnotes());
        addIf(parts, RECOMMENDATIONS, d.recommendations());
        return parts;
    }

    private static void addIf(List<String> parts, String name, List<?> part) {
        if (part != null) {
            parts.add(name);
        }
    }

    static Written write(DSLContext ctx, long id, ExtractedDocument d) {
        SectionRows.write(ctx, id, Sql.orEmpty(d.sections()));
        TreatyTableRows.writeRatifications(ctx, id, Sql.orEmpty(d.ratifications()));
        TreatyTableRows.writeNotParty(ctx, id, Sql.orEmpty(d.notParty()));
        TreatyTableRows.writeOtherInstruments(ctx, id, Sql.orEmpty(d.otherInstruments()));
        TreatyTableRows.writeTreatyStatus(ctx, id, Sql.orEmpty(d.treatyStatus()));
        TreatyTableRows.writeReporting(ctx, id, Sql.orEmpty(d.treatyBodyReporting()));
        if (d.specialProcedures() != null) {
            SpecialProcedureRows.write(ctx, id, d.specialProcedures());
        }
        ParagraphRows.Written paragraphs = ParagraphRows.write(ctx, id, Sql.orEmpty(d.paragraphs()));
        EndnoteRows.write(ctx, id, Sql.orEmpty(d.endnotes()));
        int recommendations = RecommendationRows.write(ctx, id, Sql.orEmpty(d.recommendations()));
        return new Written(paragraphs.paragraphs(), paragraphs.statements(), recommendations);
    }

    static ExtractedDocument read(DSLContext ctx, long id, DocumentInfo info, List<String> parts,
                                  List<Integer> footnoteOrder) {
        return new ExtractedDocument(info,
                parts.contains(SECTIONS) ? SectionRows.read(ctx, id) : null,
                parts.contains(RATIFICATIONS) ? TreatyTableRows.readRatifications(ctx, id) : null,
                parts.contains(NOT_PARTY) ? TreatyTableRows.readNotParty(ctx, id) : null,
                parts.contains(OTHER_INSTRUMENTS) ? TreatyTableRows.readOtherInstruments(ctx, id) : null,
                parts.contains(TREATY_STATUS) ? TreatyTableRows.readTreatyStatus(ctx, id) : null,
                parts.contains(REPORTING) ? TreatyTableRows.readReporting(ctx, id) : null,
                SpecialProcedureRows.read(ctx, id),
                parts.contains(PARAGRAPHS) ? ParagraphRows.read(ctx, id) : null,
                parts.contains(ENDNOTES) ? EndnoteRows.read(ctx, id) : null,
                parts.contains(RECOMMENDATIONS) ? RecommendationRows.read(ctx, id) : null,
                footnoteOrder);
    }
}
