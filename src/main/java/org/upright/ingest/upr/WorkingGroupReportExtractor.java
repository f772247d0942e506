package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/**
 * Extracts a report of the Working Group on the Universal Periodic Review (A/HRC/&lt;session&gt;/&lt;n&gt;): its
 * sections, numbered paragraphs and every recommendation with its number, text, recommending States and the
 * position the report itself gives (the list it stands in: supported, noted, or to be examined, which leaves it to
 * the State's responses in the addendum).
 */
public final class WorkingGroupReportExtractor {
    private final RecommendingStates states;

    public WorkingGroupReportExtractor(ReferenceData reference) {
        this.states = new RecommendingStates(reference.countries());
    }

    /** The report in the exchange format; what looks wrong in it is added to {@code warnings}. */
    public ExtractedDocument extract(DocumentInfo info, ReadDocument document, List<String> warnings) {
        CleanLines.Cleaned clean = CleanLines.of(document);
        ReportReader.Report report = ReportReader.read(clean.lines(), warnings);
        List<Paragraph> paragraphs = report.paragraphs().stream()
                .map(p -> new Paragraph(p.number(), p.path(), null, p.text(), List.of(), List.of(), p.page())).toList();
        Map<String, Recommendation> recommendations = new LinkedHashMap<>();
        for (ReportReader.RecommendationList list : report.lists()) {
            Position position = listPosition(list, warnings);
            for (ReportReader.Item item : list.items()) {
                recommendations.put(item.number(), recommendation(item, position, warnings));
            }
        }
        if (recommendations.isEmpty()) {
            warnings.add("no recommendations found");
        }
        applyStatements(report, recommendations, warnings);
        return new ExtractedDocument(info, report.sections(), null, null, null, null, null, null, paragraphs, null,
                List.copyOf(recommendations.values()), clean.footnoteOrder());
    }

    /** The position the introduction of a list gives its recommendations; none while they are to be examined. */
    private static Position listPosition(ReportReader.RecommendationList list, List<String> warnings) {
        Optional<Position> stated = PositionPhrases.of(list.introduction());
        if (stated.isEmpty() && !PositionPhrases.defers(list.introduction())) {
            warnings.add("paragraph " + list.paragraph() + " introduces recommendations without a position: \""
                    + list.introduction() + "\"");
        }
        return stated.orElse(null);
    }

    private Recommendation recommendation(ReportReader.Item item, Position position, List<String> warnings) {
        RecommendingStates.Parsed parsed = states.parse(item.text());
        if (parsed.states().isEmpty()) {
            warnings.add("recommendation " + item.number() + " names no recommending State");
        }
        for (String unknown : parsed.unknown()) {
            warnings.add("recommendation " + item.number() + ": \"" + unknown + "\" is not in the countries table");
        }
        return new Recommendation(item.number(), item.text(), parsed.states(), Position.labelOf(position));
    }

    /**
     * Positions that paragraphs after the lists give in prose ("X accepted recommendations 96.3 and 96.5"), for
     * recommendations whose list left them open. Plain numbers refer to the list before the paragraph.
     */
    private static void applyStatements(ReportReader.Report report, Map<String, Recommendation> recommendations,
                                        List<String> warnings) {
        Set<Integer> listed = new HashSet<>();
        report.lists().forEach(l -> listed.add(l.paragraph()));
        Integer lastList = null;
        for (ReportReader.ParagraphText paragraph : report.paragraphs()) {
            if (listed.contains(paragraph.number())) {
                lastList = paragraph.number();
                continue;
            }
            if (lastList == null) {
                continue;
            }
            String prefix = lastList + ".";
            Map<String, Position> stated = PositionStatements.read(paragraph.text(), clause -> {
                List<RecommendationNumbers.Found> found = new ArrayList<>(RecommendationNumbers.dotted(clause));
                RecommendationNumbers.afterWord(clause).stream()
                        .map(f -> new RecommendationNumbers.Found(f.start(), f.end(),
                                f.numbers().stream().map(n -> prefix + n).toList()))
                        .forEach(found::add);
                return found;
            });
            stated.forEach((number, position) -> recommendations.computeIfPresent(number, (n, r) -> {
                if (r.position() == null) {
                    return new Recommendation(n, r.text(), r.recommendingStates(), position.label());
                }
                if (!r.position().equals(position.label())) {
                    warnings.add("paragraph " + paragraph.number() + " says recommendation " + n + " is "
                            + position.label() + ", its list says " + r.position() + "; the list is kept");
                }
                return r;
            }));
        }
    }
}
