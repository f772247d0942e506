package org.upright.ingest.generic;

import org.upright.ingest.text.NoteReader;
import org.upright.ingest.text.Outline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/**
 * Extracts UN documents that have no extractor of their own: the UPR national report (/1) and summary of
 * stakeholders' submissions (/3), special-procedure visit reports, and any other document (kind "other"). Gives
 * the sections, the numbered paragraphs (or, in a document that numbers none, its prose paragraphs by position),
 * statements per sentence with speakers, kinds and years, the notes and the footnote order. Thread-safe.
 *
 * <p>Speakers: a national report speaks as its State (ISO3); a visit report as the mandate its title names
 * ("SR-education"); a Council decision or resolution as the Council ("HRC"); a stakeholders' summary as the
 * stakeholder each clause names, by the abbreviation its list of submissions prints ("AI", "JS1",
 * "CoE-Commissioner"); other documents as the UN mechanism a clause names as its subject, else no one. An author
 * speaks in the year of its document's distribution; reported speakers in the year a sentence opens with ("In
 * 2005, ...").
 */
public final class GenericExtractor {
    private static final Pattern COUNCIL_ACT = Pattern.compile("A/HRC/(?:DEC|RES)/.*");
    private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)\\brecommendations?\\b");

    private final ReferenceData reference;
    private final Layouts layouts;
    private final NoteReader notes;

    public GenericExtractor(ReferenceData reference) {
        this.reference = reference;
        this.layouts = new Layouts(reference);
        this.notes = new NoteReader(reference.mechanisms());
    }

    /**
     * The document in the exchange format; {@code info} may be null or partial (a kind it gives among
     * upr-national-report, upr-stakeholders-summary, sp-visit-report and other is kept). Doubts go to {@code warnings}.
     */
    public ExtractedDocument extract(DocumentInfo info, ReadDocument document, List<String> warnings) {
        Layout layout = layouts.parse(document);
        GenericIdentity identity = GenericIdentity.of(info, document.name(), document.firstPage(), document.text(),
                reference, warnings);
        String kind = identity.info().kind();
        List<NoteReader.RawNote> rawNotes = NoteReader.split(layout.endMatter());
        Stakeholders stakeholders = null;
        if (kind.equals(GenericIdentity.STAKEHOLDERS_SUMMARY)) {
            stakeholders = Stakeholders.fromNotes(rawNotes);
            if (stakeholders.codes().isEmpty()) {
                warnings.add("no list of stakeholders' submissions in the notes; speakers are UN mechanisms only");
            }
        }
        SpeakerRule rule = speakers(identity, stakeholders);
        Integer year = DistributionDate.of(document.firstPage()).map(d -> d.year()).orElse(null);
        ProseStatements statements = new ProseStatements(rule, rule instanceof SpeakerRule.Author ? year : null);
        boolean visitReport = kind.equals(GenericIdentity.SP_VISIT_REPORT);
        Outline outline = new Outline();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Layout.Block block : layout.blocks()) {
            if (block instanceof Layout.Heading heading) {
                outline.add(heading);
            } else if (block instanceof Layout.Paragraph paragraph) {
                paragraphs.add(statements.paragraph(paragraph, outline.path(), visitReport && recommends(outline)));
            }
        }
        if (paragraphs.isEmpty()) {
            for (Layout.Paragraph paragraph : ProseParagraphs.of(layout)) {
                paragraphs.add(statements.paragraph(paragraph, List.of(), false));
            }
            warnings.add("no numbered paragraphs; " + paragraphs.size() + " prose paragraphs numbered by position");
        }
        List<Endnote> endnotes = endnotes(rawNotes, stakeholders);
        return new ExtractedDocument(identity.info(), outline.sections(), null, null, null, null, null, null,
                paragraphs, endnotes.isEmpty() ? null : endnotes, null, layout.footnoteOrder());
    }

    private SpeakerRule speakers(GenericIdentity identity, Stakeholders stakeholders) {
        DocumentInfo info = identity.info();
        return switch (info.kind()) {
            case GenericIdentity.NATIONAL_REPORT -> new SpeakerRule.Author(info.country());
            case GenericIdentity.SP_VISIT_REPORT -> new SpeakerRule.Author(identity.mandate());
            case GenericIdentity.STAKEHOLDERS_SUMMARY -> new SpeakerRule.Subjects(reference, stakeholders, true);
            default -> info.symbol() != null && COUNCIL_ACT.matcher(info.symbol()).matches()
                    ? new SpeakerRule.Author("HRC") : new SpeakerRule.Subjects(reference, null, false);
        };
    }

    /** A section on recommendations, as its innermost heading says ("B. Recommendations", "Conclusions and recommendations"). */
    private static boolean recommends(Outline outline) {
        List<String> titles = outline.titles();
        return !titles.isEmpty() && RECOMMENDATIONS.matcher(titles.get(titles.size() - 1).toLowerCase(Locale.ROOT)).find();
    }

    /** The notes; in a stakeholders' summary each also names the stakeholders it cites as its sources. */
    private List<Endnote> endnotes(List<NoteReader.RawNote> raw, Stakeholders stakeholders) {
        List<Endnote> out = new ArrayList<>();
        for (NoteReader.RawNote note : raw) {
            Endnote endnote = notes.note(note.number(), note.text());
            if (stakeholders != null && !stakeholders.codes().isEmpty()) {
                LinkedHashSet<String> sources = new LinkedHashSet<>(endnote.mechanisms());
                stakeholders.find(note.text()).forEach(m -> sources.add(m.code()));
                endnote = new Endnote(endnote.number(), endnote.text(), endnote.symbols(), endnote.paras(),
                        List.copyOf(sources));
            }
            out.add(endnote);
        }
        return out;
    }
}
