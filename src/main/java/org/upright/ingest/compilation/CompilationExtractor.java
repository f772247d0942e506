package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.NoteReader;
import org.upright.ingest.text.Outline;
import org.upright.reference.ReferenceData;

/**
 * Extracts an OHCHR "compilation of UN information" for the UPR from its layout: the section tree, the tables of
 * the 2009 generation (ratifications, reporting, special procedures) and every numbered paragraph split into
 * statements with speaker, kind, year and footnotes.
 */
public final class CompilationExtractor {
    private final ReferenceData reference;
    private final StatementExtractor statements;
    private final NoteReader endnotes;

    public CompilationExtractor(ReferenceData reference) {
        this.reference = reference;
        this.statements = new StatementExtractor(reference);
        this.endnotes = new NoteReader(reference.mechanisms());
    }

    /** Builds the exchange document from a parsed layout; what looks wrong in the document is added to warnings. */
    public ExtractedDocument extract(DocumentInfo info, Layout layout, List<String> warnings) {
        Outline tree = new Outline();
        List<Paragraph> paragraphs = new ArrayList<>();
        Tables tables = new Tables(reference);
        List<Endnote> notes = endnotes.read(layout.endMatter());
        StatementExtractor.Context context = statements.newContext(info.country(), endnotes.sources(notes));
        for (Layout.Block block : layout.blocks()) {
            switch (block) {
                case Layout.Heading heading -> tree.add(heading);
                case Layout.Paragraph paragraph ->
                        paragraphs.add(statements.paragraph(paragraph, tree.path(), context));
                case Layout.Region region -> tables.read(region, warnings);
            }
        }
        List<Ratification> ratifications = tables.ratifications();
        List<NotParty> notParty = tables.notParty();
        List<OtherInstrument> others = tables.otherInstruments();
        List<TreatyBodyReport> reporting = tables.treatyBodyReporting();
        SpecialProcedures special = tables.specialProcedures();
        return new ExtractedDocument(info, tree.sections(),
                ratifications.isEmpty() ? null : ratifications,
                notParty.isEmpty() ? null : notParty,
                others.isEmpty() ? null : others,
                tables.treatyStatus().isEmpty() ? null : tables.treatyStatus(),
                reporting.isEmpty() ? null : reporting,
                special,
                paragraphs,
                notes.isEmpty() ? null : notes,
                null,
                layout.footnoteOrder());
    }
}
