package org.upright.ingest.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.TextDecoder;
import org.upright.reference.ReferenceData;

/** Concluding observations of each treaty-body family, from invented fixtures in the UN's layout and wording. */
class ConcludingObservationsExtractorTest {
    private static ConcludingObservationsExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ConcludingObservationsExtractor(ReferenceData.load());
    }

    static ReadDocument fixture(String file) {
        try (InputStream in = ConcludingObservationsExtractorTest.class.getResourceAsStream("/treaty/" + file)) {
            List<DocLine> lines = TextDecoder.lines(file, in.readAllBytes());
            return new ReadDocument(file, lines, List.of(), false, lines.get(lines.size() - 1).page());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExtractedDocument extract(String file, List<String> warnings) {
        return extractor.extract(null, fixture(file), warnings);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CAT_C_PRY_CO_2.txt      | CAT/C/PRY/CO/2      | PRY | CAT     | 2013 | 18 | A B C D
            CCPR_C_MNG_CO_6.txt     | CCPR/C/MNG/CO/6     | MNG | HRCttee | 2017 | 19 | A B C D
            E_C.12_BOL_CO_3.txt     | E/C.12/BOL/CO/3     | BOL | CESCR   | 2017 | 19 | A B C D
            CRC_C_VNM_CO_3-4.txt    | CRC/C/VNM/CO/3-4    | VNM | CRC     | 2012 | 17 | I II III IV
            CEDAW_C_CIV_CO_4.txt    | CEDAW/C/CIV/CO/4    | CIV | CEDAW   | 2018 | 18 | A B C D E F G H I
            CERD_C_NOR_CO_23-24.txt | CERD/C/NOR/CO/23-24 | NOR | CERD    | 2018 | 11 | A B C D
            """)
    void everyParagraphIsSpokenByTheBodyOfTheSymbolInTheYearOfAdoption(String file, String symbol, String country,
                                                                      String speaker, int year, int paragraphs,
                                                                      String sections) {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument document = extract(file, warnings);
        assertThat(document.document()).isEqualTo(
                new DocumentInfo(symbol, country, "concluding-observations", null, "en"));
        assertThat(document.paragraphs()).extracting(Paragraph::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, paragraphs).boxed().toList());
        assertThat(document.sections()).extracting(Section::number).containsExactly(sections.split(" "));
        List<Statement> statements = document.paragraphs().stream().flatMap(p -> p.statements().stream()).toList();
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.speakers()).containsExactly(speaker);
            assertThat(s.year()).isEqualTo(year);
        });
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CAT_C_PRY_CO_2.txt", "CCPR_C_MNG_CO_6.txt", "E_C.12_BOL_CO_3.txt", "CRC_C_VNM_CO_3-4.txt",
            "CEDAW_C_CIV_CO_4.txt", "CERD_C_NOR_CO_23-24.txt"})
    void statementsTileTheirParagraphAndEveryParagraphHasAKind(String file) {
        ExtractedDocument document = extract(file, new ArrayList<>());
        assertThat(document.paragraphs()).allSatisfy(p -> {
            assertThat(String.join(" ", p.statements().stream().map(Statement::text).toList())).isEqualTo(p.text());
            assertThat(p.kind()).isIn("concern", "recommendation", "welcome", "information");
            assertThat(p.text()).doesNotContain("GE.", "CAT/C/PRY/CO/2 ", "Adopted by the Committee");
        });
    }

    /** Paragraph kinds in order, as letters: c(oncern), r(ecommendation), w(elcome), i(nformation). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CAT_C_PRY_CO_2.txt   | icwwwrrrrrrrrrrrrr
            CCPR_C_MNG_CO_6.txt  | iwwwcrcrcrcrcrcrrrr
            E_C.12_BOL_CO_3.txt  | iwwcrcrcrcrcrcrrrrr
            CEDAW_C_CIV_CO_4.txt | iwwwrcrcrcrcrrrrrr
            """)
    void paragraphKindsFollowTheStructureOfTheObservations(String file, String kinds) {
        String actual = String.join("", extract(file, new ArrayList<>()).paragraphs().stream()
                .map(p -> p.kind().substring(0, 1)).toList());
        assertThat(actual).isEqualTo(kinds);
    }

    @Test
    void thematicHeadingsAreUnnumberedChildrenOfTheirLetteredSection() {
        ExtractedDocument document = extract("CAT_C_PRY_CO_2.txt", new ArrayList<>());
        Section concerns = document.sections().get(2);
        assertThat(concerns.title()).isEqualTo("Principal subjects of concern and recommendations");
        assertThat(concerns.children()).extracting(Section::title).containsExactly(
                "Definition and criminalization of torture", "Fundamental legal safeguards",
                "Prompt, impartial and effective investigations", "Conditions of detention",
                "National preventive mechanism", "Violence against women", "Redress", "Training", "Data collection");
        assertThat(concerns.children()).extracting(Section::number).containsOnlyNulls();
        assertThat(document.paragraphs().get(8).sectionPath()).containsExactly("C");
    }

    @Test
    void aParagraphCutByAPageBreakStaysWhole() {
        Paragraph nine = extract("CAT_C_PRY_CO_2.txt", new ArrayList<>()).paragraphs().get(8);
        assertThat(nine.statements()).extracting(Statement::text).endsWith(
                "(b) Improve material conditions in all places of detention, including access to drinking water, "
                        + "food and health care;",
                "(c) Ensure that pretrial detention is used only as a measure of last resort.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CAT_C_PRY_CO_2.txt      | 7 8 12   | 2014-11-22 | 2014-11-22
            CCPR_C_MNG_CO_6.txt     | 6 10 12  | 2019-07-28 | 2019-07-28
            E_C.12_BOL_CO_3.txt     | 7 9 13   | 2019-10-06 | 2019
            CEDAW_C_CIV_CO_4.txt    | 7 11 13  | 2020-03-09 | 2020
            CERD_C_NOR_CO_23-24.txt | 7 9      | 2019-12-07 | 2019
            """)
    void theFollowUpRequestNamesItsParagraphsAndDeadline(String file, String paragraphs, String due,
                                                         String dueFromJson) {
        List<Integer> numbers = Arrays.stream(paragraphs.split(" ")).map(Integer::valueOf).toList();
        assertThat(extractor.followUp(fixture(file))).hasValue(new FollowUpRequest(numbers, due));
        assertThat(extractor.followUp(extract(file, new ArrayList<>()))).hasValue(new FollowUpRequest(numbers, dueFromJson));
    }

    @Test
    void observationsWithoutAFollowUpProcedureHaveNoRequest() {
        assertThat(extractor.followUp(fixture("CRC_C_VNM_CO_3-4.txt"))).isEmpty();
    }

    @Test
    void theSymbolOnTheTitlePageWinsOverNothingAndAGivenCountryThatDisagreesIsReported() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument document = extractor.extract(new DocumentInfo(null, "NOR", "other", null, null),
                fixture("CAT_C_PRY_CO_2.txt"), warnings);
        assertThat(document.document().country()).isEqualTo("PRY");
        assertThat(warnings).containsExactly("the symbol CAT/C/PRY/CO/2 names PRY, not NOR");
    }
}
