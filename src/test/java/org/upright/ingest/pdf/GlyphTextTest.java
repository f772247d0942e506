package org.upright.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Glyph text made plain, and superscript runs read as footnote numbers. */
class GlyphTextTest {

    @Test
    void ligaturesAreSpelledOut() {
        assertThat(GlyphText.normalise("\uFB01")).isEqualTo("fi");
        assertThat(GlyphText.normalise("con\uFB02ict e\uFB00ect su\uFB03cient"))
                .isEqualTo("conflict effect sufficient");
    }

    @Test
    void curlyQuotesAndDashesStayAsPrinted() {
        assertThat(GlyphText.normalise("“fleeing war” – Slovenia’s")).isEqualTo("“fleeing war” – Slovenia’s");
    }

    @Test
    void unusualSpacesBecomeSpacesAndInvisibleMarksGo() {
        assertThat(GlyphText.normalise("4\u00A0325\u202Fcases\u200B")).isEqualTo("4 325 cases");
    }

    @Test
    void symbolFontCodesBecomeTheCharactersTheyPrint() {
        assertThat(GlyphText.normalise("\uF02D")).isEqualTo("-");
        assertThat(GlyphText.normalise("\uF0B7")).isEqualTo("\u2022");
    }

    @Test
    void softHyphenIsKeptForTheLineEndRepair() {
        assertThat(GlyphText.normalise("\u00AD")).isEqualTo("\u00AD");
    }

    private static Superscript run(String text) {
        Glyph g = new Glyph(text, 100, 100 + 3 * text.length(), 97, 6.5f, 1.6f, false, false);
        return Superscript.of(List.of(g));
    }

    @Test
    void superscriptNumbersListsAndRangesAreReferences() {
        assertThat(run("12").numbers()).containsExactly(12);
        assertThat(run("1, 2").numbers()).containsExactly(1, 2);
        assertThat(run("3,4;5").numbers()).containsExactly(3, 4, 5);
        assertThat(run("7-9").numbers()).containsExactly(7, 8, 9);
    }

    @Test
    void otherRaisedTextIsNoReference() {
        assertThat(run("th").isReference()).isFalse();
        assertThat(run("*").isReference()).isFalse();
        assertThat(run("2a").isReference()).isFalse();
    }
}
