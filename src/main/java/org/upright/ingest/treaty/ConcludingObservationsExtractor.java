package org.upright.ingest.treaty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.upright.common.PartialDate;
import org.upright.ingest.generic.Layouts;
import org.upright.ingest.text.NoteReader;
import org.upright.ingest.text.Outline;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/**
 * Extracts a treaty body's concluding observations (CAT/C/&lt;State&gt;/CO/n, CCPR/C/..., E/C.12/..., CERD/C/...,
 * CEDAW/C/..., CRC/C/..., CRPD/C/..., CMW/C/..., CED/C/...): the sections with their thematic sub-headings, every
 * numbered paragraph with its kind, and statements per sentence or lettered sub-paragraph spoken by the body in the
 * year of adoption. Thread-safe.
 */
public final class ConcludingObservationsExtractor {
    private final ReferenceData reference;
    private final Layouts layouts;
    private final NoteReader notes;

    public ConcludingObservationsExtractor(ReferenceData reference) {
        this.reference = reference;
        this.layouts = new Layouts(reference);
        this.notes = new NoteReader(reference.mechanisms());
    }

    /** What one reading of the document gives. */
    private record Reading(ExtractedDocument document, Optional<FollowUpRequest> followUp) {
    }

    /**
     * The document in the exchange format; {@code info} may be null or partial (its symbol, State and language are
     * kept where given). Doubts about the document are added to {@code warnings}.
     */
    public ExtractedDocument extract(DocumentInfo info, ReadDocument document, List<String> warnings) {
        return read(info, document, warnings).document();
    }

    /** The follow-up request of the observations, its deadline to the day where the document allows. */
    public Optional<FollowUpRequest> followUp(ReadDocument document) {
        return read(null, document, new ArrayList<>()).followUp();
    }

    /**
     * The follow-up request of observations already extracted; a deadline given as a period ("within one year")
     * is then known to the year only, the exchange format keeping the adoption year but not its day.
     */
    public Optional<FollowUpRequest> followUp(ExtractedDocument document) {
        Integer year = document.paragraphs().stream().flatMap(p -> p.statements().stream())
                .map(Statement::year).filter(Objects::nonNull).findFirst().orElse(null);
        return FollowUps.find(document.paragraphs().stream().map(Paragraph::text).toList(),
                year == null ? null : PartialDate.ofYear(year));
    }

    /** The request for the State party's next report in observations already extracted, if it gives a due date. */
    public Optional<NextReportRequest> nextReport(ExtractedDocument document) {
        return NextReports.find(document.paragraphs().stream().map(Paragraph::text).toList());
    }

    private Reading read(DocumentInfo info, ReadDocument document, List<String> warnings) {
        Layout layout = layouts.parse(document);
        String titlePage = document.firstPage();
        List<String> noteTexts = layout.endMatter().stream().map(DocLine::text).toList();
        ObservationsIdentity identity = ObservationsIdentity.of(info, titlePage, reference, warnings);
        List<String> opening = layout.blocks().stream().filter(b -> b instanceof Layout.Paragraph).limit(2)
                .map(b -> ((Layout.Paragraph) b).text().text()).toList();
        Optional<AdoptionDate.Found> adopted = AdoptionDate.find(opening, titlePage, noteTexts);
        if (adopted.isEmpty()) {
            warnings.add("no adoption date found (first paragraph, session note or distribution date); "
                    + "statements have no year");
        } else if (adopted.get().source() == AdoptionDate.Source.DISTRIBUTION) {
            warnings.add("adoption year taken from the distribution date " + adopted.get().date());
        }
        PartialDate date = adopted.map(AdoptionDate.Found::date).orElse(null);
        ObservationStatements statements = new ObservationStatements(identity.body(), date == null ? null : date.year());
        Outline outline = new Outline();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Layout.Block block : layout.blocks()) {
            if (block instanceof Layout.Heading heading) {
                outline.add(heading);
            } else if (block instanceof Layout.Paragraph paragraph) {
                paragraphs.add(statements.paragraph(paragraph, outline.path()));
            }
        }
        if (paragraphs.isEmpty()) {
            warnings.add("no numbered paragraphs found");
        }
        Optional<FollowUpRequest> followUp = FollowUps.find(paragraphs.stream().map(Paragraph::text).toList(), date);
        followUp.ifPresent(request -> checkCited(request, paragraphs, warnings));
        List<Endnote> endnotes = notes.read(layout.endMatter());
        ExtractedDocument extracted = new ExtractedDocument(identity.info(), outline.sections(), null, null, null,
                null, null, null, paragraphs, endnotes.isEmpty() ? null : endnotes, null, layout.footnoteOrder());
        return new Reading(extracted, followUp);
    }

    private static void checkCited(FollowUpRequest request, List<Paragraph> paragraphs, List<String> warnings) {
        int last = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).number();
        for (int cited : request.paragraphs()) {
            if (cited < 1 || cited > last) {
                warnings.add("the follow-up request cites paragraph " + cited + ", which the document does not have");
            }
        }
        if (request.dueDate() == null) {
            warnings.add("the follow-up request's deadline could not be dated");
        }
    }
}
