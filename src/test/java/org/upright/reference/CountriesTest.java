package org.upright.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
    private final Countries countries = Countries.load();

    @Test
    void theTableHoldsAllOfIso3166() {
        assertThat(countries.all()).hasSize(249);
        assertThat(countries.all()).extracting(Country::alpha3).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z]{3}"));
        assertThat(countries.all()).extracting(Country::alpha2).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z]{2}"));
    }

    @Test
    void iranIsFoundByItsUnShortName() {
        assertThat(countries.byName("Iran (Islamic Republic of)")).get().extracting(Country::alpha3).isEqualTo("IRN");
        assertThat(countries.byAlpha3("IRN")).get().extracting(Country::name).isEqualTo("Iran (Islamic Republic of)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Iran                                                  | IRN
            the Islamic Republic of Iran                          | IRN
            Iran, Islamic Republic of                             | IRN
            Bolivia (Plurinational State of)                      | BOL
            Bolivia                                               | BOL
            Republic of Moldova                                   | MDA
            Moldova                                               | MDA
            United Kingdom of Great Britain and Northern Ireland  | GBR
            United Kingdom                                        | GBR
            Türkiye                                               | TUR
            Turkey                                                | TUR
            East Timor                                            | TLS
            Côte d'Ivoire                                         | CIV
            Côte d’Ivoire                                         | CIV
            Cote d'Ivoire                                         | CIV
            COTE D’IVOIRE                                         | CIV
            Democratic People's Republic of Korea                 | PRK
            Democratic People’s Republic of Korea                 | PRK
            Republic of Korea                                     | KOR
            Korea, Republic of                                    | KOR
            Lao People's Democratic Republic                      | LAO
            Venezuela (Bolivarian Republic of)                    | VEN
            State of Palestine                                    | PSE
            Holy See                                              | VAT
            the Netherlands                                       | NLD
            the former Yugoslav Republic of Macedonia             | MKD
            Libyan Arab Jamahiriya                                | LBY
            Czech Republic                                        | CZE
            Swaziland                                             | SWZ
            Cape Verde                                            | CPV
            united republic of tanzania                           | TZA
            Democratic Republic of the Congo                      | COD
            Congo                                                 | COG
            """)
    void byNameAcceptsTheNamesTheUnHasWrittenIgnoringCaseAccentsAndApostrophes(String name, String alpha3) {
        assertThat(countries.byName(name)).get().extracting(Country::alpha3).isEqualTo(alpha3);
    }

    @Test
    void codesAreLookedUpIgnoringCase() {
        assertThat(countries.byAlpha3("kaz")).get().extracting(Country::name).isEqualTo("Kazakhstan");
        assertThat(countries.byAlpha2("si")).get().extracting(Country::alpha3).isEqualTo("SVN");
        assertThat(countries.byAlpha3("XYZ")).isEmpty();
        assertThat(countries.byName("Atlantis")).isEmpty();
    }

    @Test
    void everyCountryIsFoundInTextByItsUnName() {
        for (Country country : countries.all()) {
            assertThat(countries.findMentions(country.name())).as(country.name())
                    .containsExactly(new CountryMention(country, 0, country.name().length()));
        }
    }

    @Test
    void everyNameOfACountryLeadsBackToIt() {
        for (Country country : countries.all()) {
            for (String variant : country.variants()) {
                assertThat(countries.byName(variant)).as(variant).contains(country);
            }
        }
    }

    @Test
    void theLongestNameWinsSoKoreasAreNotConfused() {
        String text = "Republic of Korea and Democratic People's Republic of Korea";

        List<CountryMention> mentions = countries.findMentions(text);

        assertThat(mentions).extracting(mention -> mention.country().alpha3()).containsExactly("KOR", "PRK");
        assertThat(text.substring(mentions.get(1).start(), mentions.get(1).end()))
                .isEqualTo("Democratic People's Republic of Korea");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea  | GIN GNB GNQ PNG
            Niger and Nigeria                                               | NER NGA
            Dominica and the Dominican Republic                             | DMA DOM
            Sudan and South Sudan                                           | SDN SSD
            Samoa and American Samoa                                        | WSM ASM
            Congo and the Democratic Republic of the Congo                  | COG COD
            the United Kingdom of Great Britain and Northern Ireland        | GBR
            Hong Kong, China and Macao, China                               | HKG MAC
            China, Hong Kong Special Administrative Region                  | HKG
            (Iran (Islamic Republic of), Côte d’Ivoire, Türkiye)            | IRN CIV TUR
            Lao People's\\nDemocratic Republic                              | LAO
            roast turkey and a new jersey, for a chad                        | -
            """)
    void findsEveryCountryOnceAtItsLongestName(String text, String expected) {
        List<String> codes = countries.findMentions(text.replace("\\n", "\n")).stream()
                .map(mention -> mention.country().alpha3()).toList();

        assertThat(codes).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void spansCoverTheNameWithoutALeadingArticle() {
        String text = "recommendations by the Netherlands (Kingdom of the) and Iran (Islamic Republic of).";

        assertThat(countries.findMentions(text)).extracting(mention -> text.substring(mention.start(), mention.end()))
                .containsExactly("Netherlands (Kingdom of the)", "Iran (Islamic Republic of)");
    }

    @Test
    void theCountryACompilationIsAboutIsTheOneItNamesMost() throws IOException {
        assertThat(countries.mostMentioned(kazakhstanCompilation())).get().extracting(Country::alpha3).isEqualTo("KAZ");
        assertThat(countries.mostMentioned("Slovenia and Croatia, then Croatia again, and Slovenia")).get()
                .extracting(Country::alpha3).isEqualTo("SVN");
        assertThat(countries.mostMentioned("no country here")).isEmpty();
    }

    static String kazakhstanCompilation() throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"));
    }
}
