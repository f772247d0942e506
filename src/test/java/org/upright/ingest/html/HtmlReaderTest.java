package org.upright.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.common.BadInputException;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.ReadDocument;

/** The HTML reader on small hand-written pages: lines, references, table rows as positioned lines, notes. */
class HtmlReaderTest {
    static final String PAGE = """
            <!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>
            <script>document.write('never read')</script></head><body>
            <p class="symbol">A/HRC/WG.6/7/KAZ/2</p>
            <h2>I. BACKGROUND AND FRAMEWORK</h2>
            <h3>A. Scope of international obligations<sup><a id="r1" href="#fn-1">1</a></sup></h3>
            <table><thead><tr><th>Treaty body<sup>2</sup></th><th>Status</th></tr></thead>
            <tbody><tr><td>CAT</td><td>Inter-State complaints (art. 21): Yes<br>Individual   complaints (art. 22): Yes</td></tr>
            <tr><td colspan="2">-</td></tr></tbody></table>
            <p>1. While welcoming the ratification,<sup>3</sup> the Committee   encouraged it.<sup>4</sup></p>
            <footer><h2>Notes</h2><ol>
            <li id="fn-1">Unless indicated otherwise, see ST/LEG/SER.E.25. <a href="#r1">&#8617;</a></li>
            </ol></footer></body></html>
            """;

    private static ReadDocument read(String html) {
        return new HtmlReader().read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(ReadDocument read) {
        return read.lines().stream().map(DocLine::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void blocksBecomeLinesAndScriptsAndStylesAreNeverRead() {
        ReadDocument read = read(PAGE);
        assertThat(texts(read)).containsExactly("A/HRC/WG.6/7/KAZ/2", "I. BACKGROUND AND FRAMEWORK",
                "A. Scope of international obligations", "Treaty body Status",
                "CAT Inter-State complaints (art. 21): Yes", "Individual complaints (art. 22): Yes", "-",
                "1. While welcoming the ratification, the Committee encouraged it.", "Notes");
        assertThat(read.text()).doesNotContain("never read", "color");
        assertThat(read.referencesFound()).isTrue();
    }

    @Test
    void superscriptNumbersAreReferencesAtTheirOffsets() {
        DocLine paragraph = read(PAGE).lines().stream().filter(l -> l.text().startsWith("1. ")).findFirst()
                .orElseThrow();
        String text = paragraph.text();
        assertThat(paragraph.refs()).containsExactly(new FootnoteRef(3, text.indexOf(" the Committee")),
                new FootnoteRef(4, text.length()));
        DocLine heading = read(PAGE).lines().stream().filter(l -> l.text().startsWith("A. ")).findFirst()
                .orElseThrow();
        assertThat(heading.refs()).extracting(FootnoteRef::number).containsExactly(1);
        assertThat(heading.style().bold()).isTrue();
    }

    @Test
    void aTableRowIsPositionedLinesOneSegmentPerCellAndALineForEachBreakInACell() {
        List<DocLine> rows = read(PAGE).lines().stream()
                .filter(l -> l.style() != null && !l.style().segments().isEmpty()).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).style().segments()).extracting(LineStyle.Segment::text)
                .containsExactly("Treaty body", "Status");
        assertThat(rows.get(0).style().segments().get(0).refs()).extracting(FootnoteRef::number).containsExactly(2);
        assertThat(rows.get(1).style().segments()).extracting(s -> s.x(), LineStyle.Segment::text).containsExactly(
                tuple(rows.get(0).style().segments().get(0).x(), "CAT"),
                tuple(rows.get(0).style().segments().get(1).x(), "Inter-State complaints (art. 21): Yes"));
        assertThat(rows.get(2).style().segments()).extracting(LineStyle.Segment::x)
                .containsExactly(rows.get(0).style().segments().get(1).x());
        LineStyle.Segment spanning = rows.get(3).style().segments().get(0);
        assertThat(spanning.xEnd()).isGreaterThan(rows.get(0).style().segments().get(1).x());
    }

    @Test
    void theNotesReferencesLinkToAreTheNotesWithoutTheirBackLinks() {
        ReadDocument read = read(PAGE);
        assertThat(read.notes()).extracting(DocLine::text)
                .containsExactly("1 Unless indicated otherwise, see ST/LEG/SER.E.25.");
        assertThat(read.text()).doesNotContain("Unless indicated");
    }

    @Test
    void htmlIsToldByItsFirstTagAfterAByteOrderMarkAndWhiteSpace() {
        assertThat(HtmlReader.looksLikeHtml("\uFEFF \n<!doctype HTML><p>x".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlReader.looksLikeHtml("<HTML lang=en>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlReader.looksLikeHtml("I. BACKGROUND <html>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(HtmlReader.looksLikeHtml(new byte[0])).isFalse();
    }

    @Test
    void emptyOrTextlessHtmlIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new HtmlReader().read("empty.html", new byte[0]))
                .isInstanceOf(BadInputException.class).hasMessage("empty.html: empty file");
        assertThatThrownBy(() -> read("<html><head><script>alert(1)</script></head><body> <img src=x> </body></html>"))
                .isInstanceOf(BadInputException.class).hasMessage("page.html: an HTML page without text");
    }

    @Test
    void hostileMarkupIsReadWithoutCrashing() {
        String huge = "x".repeat(1_000_000);
        ReadDocument attribute = read("<html><body><p title=\"" + huge + "\">Plain text.</p></body></html>");
        assertThat(texts(attribute)).containsExactly("Plain text.");
        String nested = "<div>".repeat(2_000) + "Deep text." + "</div>".repeat(2_000);
        ReadDocument deep = read("<html><body>" + nested + "</body></html>");
        assertThat(texts(deep)).contains("Deep text.");
    }
}
