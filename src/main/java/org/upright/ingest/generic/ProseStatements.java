package org.upright.ingest.generic;

import org.upright.ingest.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.PartialDate;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;

/**
 * Turns a paragraph of a report or summary into statements, one per sentence, lettered sub-paragraph or clause of
 * its own kind, each with its speakers (by the document's {@link SpeakerRule}), kind and year.
 *
 * <p>A pronoun ("It", "He", "They") or a joined clause ("and recommended ...") speaks with the clause before it; a
 * lettered sub-paragraph speaks, and takes its kind, from the sentence leading into its list; a conceded "While
 * noting ..." clause speaks with its main clause. A year opening a sentence ("In 2005, CoE-ECRI recommended ...")
 * dates it and the following statements of the same speakers in the paragraph; an author speaks in the year of its
 * document, as a treaty body does in the year of its observations. In a recommendations section of a
 * visit report, statements whose wording gives no kind are recommendations, as is the paragraph.
 */
final class ProseStatements {
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "^(?:(?:However|Furthermore|Moreover|In addition|Also|Further|Similarly|Additionally|Nevertheless),?\\s+)?"
            + "(?:It|He|She|They|The organi[sz]ation|The submission|The latter|The same source|but|and|while)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "^(?:(?:However|Furthermore|Moreover|In addition|Also|Further),?\\s+)?(?:In|During|As of|As at)\\s+"
            + "(?:(?:early|late|mid)[\\s-]+)?(?:\\d{1,2}\\s+)?(?:" + PartialDate.MONTH + "\\s+)?((?:19|20)\\d{2}),");

    private final SpeakerRule speakers;
    private final Integer documentYear;

    /** {@code documentYear} dates what an author says in its own document (null when the speakers are reported). */
    ProseStatements(SpeakerRule speakers, Integer documentYear) {
        this.speakers = speakers;
        this.documentYear = documentYear;
    }

    Paragraph paragraph(Layout.Paragraph paragraph, List<String> sectionPath, boolean recommendations) {
        RefText body = paragraph.text();
        String text = body.text();
        List<Units.Unit> units = Units.of(text);
        String fallback = recommendations ? StatementKinds.RECOMMENDATION : StatementKinds.INFORMATION;
        List<List<String>> who = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        String listKind = null;
        String itemKind = null;
        List<String> listSpeakers = List.of();
        List<String> previous = List.of();
        Integer year = null;
        for (Units.Unit unit : units) {
            String own = unit.span().of(text);
            Optional<StatementKinds.Cue> cue = StatementKinds.firstCue(own);
            String ownKind = StatementKinds.of(own).orElse(null);
            String kind;
            List<String> said;
            if (unit.item()) {
                kind = listKind != null ? listKind : ownKind != null ? ownKind : fallback;
                itemKind = kind;
                said = listSpeakers;
            } else {
                kind = unit.inItem() && ownKind == null ? itemKind : ownKind != null ? ownKind : fallback;
                said = speakers.named(own, cue.map(StatementKinds.Cue::start).orElse(own.length()));
                if (said.isEmpty() && (speakers.carries() || BACK_REFERENCE.matcher(own).find())) {
                    said = previous;
                }
            }
            if (!unit.item() && unit.leadsList(text)) {
                listKind = kind;
                listSpeakers = said;
            }
            Matcher y = YEAR.matcher(own);
            if (speakers instanceof SpeakerRule.Author) {
                year = documentYear; // "In June 2017, Slovenia submitted ...": the year of the event, not of the saying
            } else if (y.find()) {
                year = Integer.valueOf(y.group(1));
            } else if (!said.equals(previous)) {
                year = null;
            }
            who.add(said);
            kinds.add(kind);
            years.add(year);
            previous = said;
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            List<String> said = who.get(i);
            if (said.isEmpty() && units.get(i).subordinate() && i + 1 < units.size()) {
                said = who.get(i + 1); // "While noting ..., AI recommended ...": AI notes too
            }
            Span span = units.get(i).span();
            statements.add(new Statement(span.of(text), said, null, years.get(i), kinds.get(i), span.footnotes(body)));
        }
        return new Paragraph(paragraph.number(), sectionPath, recommendations ? StatementKinds.RECOMMENDATION : null,
                text, body.numbers(), statements, paragraph.page());
    }
}
