package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;
import org.upright.ingest.model.Statement;
import org.upright.reference.ReferenceData;

/** The cycle-3 compilation on Slovenia, read from its PDF: no tables, notes at the end naming their sources. */
class CompilationPdfTest {
    private static ExtractedDocument doc;
    private static Map<Integer, Paragraph> paragraphs;

    @BeforeAll
    static void extract() {
        doc = new Extractor(ReferenceData.load()).extract(Path.of("samples/A_HRC_WG.6_34_SVN_2.pdf")).document();
        paragraphs = doc.paragraphs().stream().collect(Collectors.toMap(Paragraph::number, Function.identity()));
    }

    @Test
    void theDocumentIsKnownFromItsFirstPage() {
        assertThat(doc.document().symbol()).isEqualTo("A/HRC/WG.6/34/SVN/2");
        assertThat(doc.document().country()).isEqualTo("SVN");
        assertThat(doc.document().kind()).isEqualTo("upr-compilation");
        assertThat(doc.document().cycle()).isEqualTo(3);
    }

    @Test
    void sectionsFollowTheHeadingsWithTheirNotes() {
        assertThat(doc.sections()).extracting(Section::number).containsExactly("I", "II", "III", "IV");
        assertThat(doc.sections().get(1).title()).isEqualTo(
                "Scope of international obligations and cooperation with international human rights mechanisms and bodies");
        assertThat(doc.sections().get(1).footnote()).isEqualTo(1);
        assertThat(doc.sections().get(3).children()).extracting(Section::number).containsExactly("A", "B", "C", "D");
        assertThat(doc.sections().get(3).children().get(0).children().get(0).title())
                .isEqualTo("Equality and non-discrimination");
    }

    @Test
    void everyParagraphAndEveryReferenceIsFoundInOrder() {
        assertThat(doc.paragraphs()).extracting(Paragraph::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 78).boxed().toList());
        assertThat(doc.footnoteOrder()).containsExactlyElementsOf(IntStream.rangeClosed(1, 144).boxed().toList());
        assertThat(paragraphs.get(8).sectionPath()).containsExactly("IV", "A", "1");
    }

    @Test
    void endnotesGiveTheirSymbolsAndMechanisms() {
        assertThat(doc.endnotes()).extracting(Endnote::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 144).boxed().toList());
        Endnote last = doc.endnotes().get(143);
        assertThat(last.symbols()).containsExactly("CERD/C/SVN/CO/8-11");
        assertThat(last.mechanisms()).containsExactly("CERD");
        assertThat(doc.endnotes().get(15).mechanisms()).contains("HRCttee", "CESCR");
    }

    @Test
    void speakersComeFromTheTextOrElseFromTheNotes() {
        Statement ratify = paragraphs.get(2).statements().get(0);
        assertThat(ratify.text()).startsWith("It was recommended that Slovenia ratify");
        assertThat(ratify.speakers()).contains("CERD", "CESCR", "CEDAW", "UNHCR");
        assertThat(paragraphs.get(9).statements()).extracting(Statement::speakers)
                .containsExactly(List.of("HRCttee"), List.of("HRCttee"), List.of("CERD"));
        assertThat(paragraphs.get(14).statements()).extracting(Statement::speakers)
                .containsExactly(List.of("HRCttee"), List.of("CESCR"));
        assertThat(paragraphs.get(15).statements().get(1).speakers()).containsExactly("SVN");
        assertThat(paragraphs.get(15).statements().get(1).year()).isEqualTo(2015);
        assertThat(paragraphs.get(19).statements()).extracting(Statement::speakers)
                .containsOnly(List.of("IE-older-persons"));
    }
}
