package org.upright.ingest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One document as the exchange format of {@code corpus/GOLD.md} describes it: what {@code upright extract}
 * prints. Parts a document does not have are null and left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedDocument(
        DocumentInfo document,
        List<Section> sections,
        List<Ratification> ratifications,
        List<NotParty> notParty,
        List<OtherInstrument> otherInstruments,
        List<TreatyStatus> treatyStatus,
        List<TreatyBodyReport> treatyBodyReporting,
        SpecialProcedures specialProcedures,
        List<Paragraph> paragraphs,
        List<Endnote> endnotes,
        List<Recommendation> recommendations,
        List<Integer> footnoteOrder) {
}
