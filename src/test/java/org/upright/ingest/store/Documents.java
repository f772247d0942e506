package org.upright.ingest.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.impl.DSL;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.storage.Database;

/** Documents made for tests (variants of samples, synthetic ones) and row counts of the store's tables. */
final class Documents {
    /** Every table that holds something of a stored document. */
    static final List<String> DOCUMENT_TABLES = List.of("document_file", "document", "section", "paragraph",
            "statement", "statement_speaker", "ratification", "ratification_competence", "not_party",
            "other_instrument_status", "treaty_status", "reporting_status", "special_procedure_cooperation",
            "special_procedure_visit", "special_procedure_planned_visit", "special_procedure_note",
            "special_procedure_communications", "special_procedure_questionnaires", "endnote", "endnote_symbol",
            "endnote_mechanism", "recommendation", "recommending_state");

    private Documents() {
    }

    /** The rows of every document table, by table. */
    static Map<String, Integer> rowCounts(Database database) {
        Map<String, Integer> counts = new TreeMap<>();
        DOCUMENT_TABLES.forEach(t -> counts.put(t, database.dsl().fetchCount(DSL.table(DSL.name(t)))));
        return counts;
    }

    /** The one number a counting query gives. */
    static int count(Database database, String sql, Object... bindings) {
        return database.dsl().fetchOne(sql, bindings).get(0, Integer.class);
    }

    /** The file with the suffix appended: other content, same name. */
    static SourceFile edited(SourceFile file, String suffix) {
        byte[] suffixBytes = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(file.bytes(), file.bytes().length + suffixBytes.length);
        System.arraycopy(suffixBytes, 0, bytes, file.bytes().length, suffixBytes.length);
        return new SourceFile(file.name(), bytes);
    }

    static ExtractedDocument withParagraphs(ExtractedDocument d, List<Paragraph> paragraphs) {
        return new ExtractedDocument(d.document(), d.sections(), d.ratifications(), d.notParty(),
                d.otherInstruments(), d.treatyStatus(), d.treatyBodyReporting(), d.specialProcedures(), paragraphs,
                d.endnotes(), d.recommendations(), d.footnoteOrder());
    }

    static ExtractedDocument withRecommendations(ExtractedDocument d, List<Recommendation> recommendations) {
        return new ExtractedDocument(d.document(), d.sections(), d.ratifications(), d.notParty(),
                d.otherInstruments(), d.treatyStatus(), d.treatyBodyReporting(), d.specialProcedures(),
                d.paragraphs(), d.endnotes(), recommendations, d.footnoteOrder());
    }

    static ExtractedDocument withInfo(ExtractedDocument d, DocumentInfo info) {
        return new ExtractedDocument(info, d.sections(), d.ratifications(), d.notParty(), d.otherInstruments(),
                d.treatyStatus(), d.treatyBodyReporting(), d.specialProcedures(), d.paragraphs(), d.endnotes(),
                d.recommendations(), d.footnoteOrder());
    }

    /**
     * A document of {@code paragraphs} paragraphs of {@code perParagraph} statements each, every statement with two
     * speakers and a footnote; {@code seed} makes its text (and so its file) differ from another's.
     */
    static ExtractedDocument synthetic(String symbol, int paragraphs, int perParagraph, int seed) {
        List<Paragraph> list = new ArrayList<>(paragraphs);
        String[] speakers = {"CAT", "CRC", "SR-torture", "UNICEF", "UNHCR", "CEDAW"};
        for (int p = 0; p < paragraphs; p++) {
            List<Statement> statements = new ArrayList<>(perParagraph);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < perParagraph; s++) {
                String sentence = "In " + (2000 + s) + ", the committee " + seed + " was concerned about item " + p
                        + "." + s + " and recommended that the State act.";
                text.append(s == 0 ? "" : " ").append(sentence);
                statements.add(new Statement(sentence, List.of(speakers[s % speakers.length],
                        speakers[(s + p) % speakers.length]), s % 3 == 0 ? "UNHCR" : null, 2000 + s,
                        s % 2 == 0 ? "concern" : "recommendation", List.of(p * perParagraph + s + 1)));
            }
            list.add(new Paragraph(p + 1, List.of("II", "B"), null, text.toString(),
                    statements.stream().flatMap(st -> st.footnotes().stream()).toList(), statements, 1 + p / 8));
        }
        return new ExtractedDocument(new DocumentInfo(symbol, "KAZ", "upr-compilation", 1, "en"), List.of(), null,
                null, null, null, null, null, list, List.of(), null, List.of());
    }

    /** Bytes standing for the synthetic document's file: different seeds give different bytes. */
    static SourceFile syntheticFile(String name, int seed) {
        return new SourceFile(name, ("synthetic document " + name + " " + seed).getBytes(StandardCharsets.UTF_8));
    }
}
