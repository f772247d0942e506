package org.upright.ingest.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.text.FootnoteDetector;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.LayoutParser;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/**
 * Parses the layout of documents other than the UPR compilation: their lines readied ({@link LinePrep}), parsed
 * with a footnote detector that also protects UN symbols ("A/HRC/14/15/Add.1", "E/C.12/2017/SR.40": the digits
 * after "Add." or "SR." are not references), agenda items ("Agenda item 6") and joint submissions ("JS2"), and the result completed ({@link LayoutRepair}).
 */
public final class Layouts {
    private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z][A-Za-z]{0,5}(?:\\.\\d+)?(?:/[A-Za-z0-9.-]*[A-Za-z0-9])+");
    /** "Agenda item 6" on a title page, "JS2" in a summary: numbers of names, not references. */
    private static final Pattern NUMBERED_NAME = Pattern.compile("(?i)\\bitem \\d{1,3}\\b|\\bJS\\d{1,2}\\b");

    private final LayoutParser parser;

    public Layouts(ReferenceData reference) {
        this.parser = new LayoutParser(new FootnoteDetector(line -> {
            List<int[]> spans = new ArrayList<>();
            reference.instruments().findAbbreviations(line).forEach(m -> spans.add(new int[] {m.start(), m.end()}));
            Matcher m = SYMBOL.matcher(line);
            while (m.find()) {
                if (m.group().indexOf('/') > 0) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            Matcher item = NUMBERED_NAME.matcher(line);
            while (item.find()) {
                spans.add(new int[] {item.start(), item.end()});
            }
            return spans;
        }));
    }

    /** The document's layout. */
    public Layout parse(ReadDocument document) {
        return LayoutRepair.repair(parser.parse(LinePrep.prepare(document)));
    }
}
