package org.upright.ingest.treaty;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.generic.StatementKinds;
import org.upright.ingest.generic.Units;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;

/**
 * Turns a paragraph of concluding observations into statements, all spoken by the treaty body in the year it adopted
 * the observations, each with its kind, and gives the paragraph its own kind.
 *
 * <p>A statement's kind comes from its wording; a lettered sub-paragraph takes the kind of the sentence that leads
 * into its list ("The State party should:" makes every "(a) ...", "(b) ..." a recommendation; "The Committee is
 * concerned about:" makes them concerns), and a further sentence inside a sub-paragraph keeps the sub-paragraph's
 * kind unless its own wording says otherwise.
 *
 * <p>The paragraph's kind: {@code recommendation} when any main statement recommends, else the kind of the first
 * main statement that is not plain information, else {@code information}. Main statements are all but subordinate
 * "While noting ..." clauses. Recommending wins because a paragraph that asks the State party to act is what
 * follow-up requests cite and trackers follow (older observations put concern and recommendation in one paragraph);
 * the concern stays visible in its own statement.
 */
final class ObservationStatements {
    private final List<String> speakers;
    private final Integer year;

    ObservationStatements(String speaker, Integer year) {
        this.speakers = speaker == null ? List.of() : List.of(speaker);
        this.year = year;
    }

    Paragraph paragraph(Layout.Paragraph paragraph, List<String> sectionPath) {
        RefText body = paragraph.text();
        String text = body.text();
        List<Statement> statements = new ArrayList<>();
        List<Units.Unit> units = Units.of(text);
        String listKind = null;
        String itemKind = null;
        String paragraphKind = null;
        boolean recommends = false;
        for (Units.Unit unit : units) {
            String own = StatementKinds.of(unit.span().of(text)).orElse(null);
            String kind;
            if (unit.item()) {
                kind = listKind != null ? listKind : own != null ? own : StatementKinds.INFORMATION;
                itemKind = kind;
            } else if (unit.inItem() && own == null) {
                kind = itemKind;
            } else {
                kind = own != null ? own : StatementKinds.INFORMATION;
            }
            if (!unit.item() && unit.leadsList(text)) {
                listKind = kind;
            }
            if (!unit.subordinate()) {
                recommends |= kind.equals(StatementKinds.RECOMMENDATION);
                if (paragraphKind == null && !kind.equals(StatementKinds.INFORMATION)) {
                    paragraphKind = kind;
                }
            }
            statements.add(new Statement(unit.span().of(text), speakers, null, year, kind,
                    unit.span().footnotes(body)));
        }
        String kind = recommends ? StatementKinds.RECOMMENDATION
                : paragraphKind != null ? paragraphKind : StatementKinds.INFORMATION;
        return new Paragraph(paragraph.number(), sectionPath, kind, text, body.numbers(), statements, paragraph.page());
    }
}
