package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Section;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/**
 * Extracts the State's responses to its UPR recommendations (A/HRC/&lt;session&gt;/&lt;n&gt;/Add.1, "Views on
 * conclusions and/or recommendations, voluntary commitments and replies presented by the State under review"): the
 * position on every recommendation the addendum covers, whether stated in prose for lists and ranges of numbers,
 * under headings such as "Noted recommendations", recommendation by recommendation with explanations, or in tables.
 * Recommendations come out with their number as the addendum prints it and no text.
 */
public final class ResponsesExtractor {

    public ResponsesExtractor(ReferenceData reference) {
        // Positions need no reference data today; the constructor matches the other extractors'.
    }

    /** The responses in the exchange format; what looks wrong in them is added to {@code warnings}. */
    public ExtractedDocument extract(DocumentInfo info, ReadDocument document, List<String> warnings) {
        CleanLines.Cleaned clean = CleanLines.of(document);
        ResponseBlocks.Blocks read = ResponseBlocks.read(clean.lines());
        Function<String, List<RecommendationNumbers.Found>> numbers = numberFinder(read);
        Map<String, Position> stated = stated(read.blocks(), numbers, warnings);
        Map<String, Position> positions = new TreeMap<>(RecommendationNumbers.ORDER);
        positions.putAll(stated);
        Position context = null;
        Set<String> unknown = new HashSet<>();
        for (ResponseBlocks.Block block : read.blocks()) {
            switch (block) {
                case ResponseBlocks.Heading h -> context = PositionPhrases.ofHeading(h.text()).orElse(null);
                case ResponseBlocks.Prose p -> context = introduces(p.text()).orElse(context);
                case ResponseBlocks.Row row -> {
                    Optional<Position> own = rowPosition(row, numbers);
                    for (String number : row.numbers()) {
                        Position position = stated.containsKey(number) ? stated.get(number) : own.orElse(context);
                        if (stated.containsKey(number) && own.isPresent() && own.get() != stated.get(number)) {
                            warnings.add("recommendation " + number + " is " + stated.get(number).label()
                                    + " in a list but " + own.get().label() + " in its own response; the list is kept");
                        }
                        if (positions.get(number) == null) {
                            positions.put(number, position); // a later row may answer what an earlier one left open
                        }
                        if (positions.get(number) == null) {
                            unknown.add(number);
                        }
                    }
                }
            }
        }
        unknown.stream().filter(n -> positions.get(n) == null).sorted(RecommendationNumbers.ORDER)
                .forEach(n -> warnings.add("no position found for recommendation " + n));
        if (positions.isEmpty()) {
            warnings.add("no positions on recommendations found");
        }
        List<Recommendation> recommendations = new ArrayList<>();
        positions.forEach((n, p) -> recommendations.add(new Recommendation(n, null, List.of(), Position.labelOf(p))));
        return new ExtractedDocument(info, sections(read.blocks()), null, null, null, null, null, null,
                paragraphs(read.blocks()), null, recommendations, clean.footnoteOrder());
    }

    /**
     * Finds the recommendation numbers of a clause: "95.12" numbers of the paragraphs that rows or the words
     * "recommendation(s) 95.12" show to hold recommendations (not "15.1 per cent"), or for cycle-1 responses the
     * plain numbers listed after "recommendation(s)".
     */
    private static Function<String, List<RecommendationNumbers.Found>> numberFinder(ResponseBlocks.Blocks read) {
        if (!read.dotted()) {
            return RecommendationNumbers::afterWord;
        }
        Set<String> paragraphs = new HashSet<>();
        for (ResponseBlocks.Block block : read.blocks()) {
            if (block instanceof ResponseBlocks.Row row) {
                row.numbers().forEach(n -> paragraphs.add(RecommendationNumbers.paragraphOf(n)));
            }
            paragraphs.addAll(RecommendationNumbers.paragraphsNamed(block.text()));
        }
        return clause -> RecommendationNumbers.dotted(clause).stream()
                .map(f -> new RecommendationNumbers.Found(f.start(), f.end(), f.numbers().stream()
                        .filter(n -> paragraphs.contains(RecommendationNumbers.paragraphOf(n))).toList()))
                .filter(f -> !f.numbers().isEmpty()).toList();
    }

    /** Positions that sentences give to the numbers they list, first statement first. */
    private static Map<String, Position> stated(List<ResponseBlocks.Block> blocks,
                                                Function<String, List<RecommendationNumbers.Found>> numbers,
                                                List<String> warnings) {
        Map<String, Position> stated = new java.util.LinkedHashMap<>();
        for (ResponseBlocks.Block block : blocks) {
            if (block instanceof ResponseBlocks.Heading) {
                continue;
            }
            PositionStatements.read(block.text(), numbers).forEach((number, position) -> {
                Position before = stated.putIfAbsent(number, position);
                if (before != null && before != position) {
                    warnings.add("recommendation " + number + " is stated both " + before.label() + " and "
                            + position.label() + "; the first is kept");
                }
            });
        }
        return stated;
    }

    /** The position a row states for its own recommendations: in words, else in a table's position cell. */
    private static Optional<Position> rowPosition(ResponseBlocks.Row row,
                                                  Function<String, List<RecommendationNumbers.Found>> numbers) {
        return PositionPhrases.of(PositionStatements.withoutListing(row.text(), numbers))
                .or(() -> PositionPhrases.bare(row.text()))
                .or(() -> row.cells().stream().map(PositionPhrases::cell).flatMap(Optional::stream).findFirst());
    }

    /** The position prose gives the rows after it: "The following recommendations are not supported:". */
    private static Optional<Position> introduces(String text) {
        return text.endsWith(":") ? PositionPhrases.of(text) : Optional.empty();
    }

    private static List<Section> sections(List<ResponseBlocks.Block> blocks) {
        return blocks.stream().filter(b -> b instanceof ResponseBlocks.Heading)
                .map(b -> new Section(null, b.text(), null, List.of())).toList();
    }

    private static List<Paragraph> paragraphs(List<ResponseBlocks.Block> blocks) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (ResponseBlocks.Block block : blocks) {
            if (block instanceof ResponseBlocks.Prose p && p.number() != null) {
                paragraphs.add(new Paragraph(p.number(), List.of(), null, p.text(), List.of(), List.of(), null));
            }
        }
        return paragraphs;
    }
}
