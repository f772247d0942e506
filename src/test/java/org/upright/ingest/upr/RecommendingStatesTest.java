package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.reference.Countries;

class RecommendingStatesTest {
    private final RecommendingStates states = new RecommendingStates(Countries.load());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ratify OP-CAT (Brazil);                                          | Brazil
            Ratify OP-CAT (Brazil, Chile and Mexico);                        | Brazil; Chile; Mexico
            Ratify (Iran (Islamic Republic of), Chile and the Holy See);     | Iran (Islamic Republic of); Chile; \
            Holy See
            Ratify OP-CAT (Iran (Islamic Republic of));                       | Iran (Islamic Republic of)
            Ratify OP-CAT (Islamic Republic of Iran);                         | Islamic Republic of Iran
            Protect (Bolivarian Republic of Venezuela);                       | Bolivarian Republic of Venezuela
            Protect (Venezuela (Bolivarian Republic of)).                     | Venezuela (Bolivarian Republic of)
            Ratify No. 29 (No. 29) (United Kingdom of Great Britain and Northern Ireland); | United Kingdom of Great \
            Britain and Northern Ireland
            Protect family (Holy See);                                        | Holy See
            Protect children (State of Palestine);                            | State of Palestine
            Ratify CRPD (Hungary) (Spain);                                    | Hungary; Spain
            To ratify (Spain)/consider ratifying (Argentina) it (Spain, Argentina); | Spain; Argentina
            Ratify (Algeria, Egypt, Bosnia and Herzegovina, Argentina);       | Algeria; Egypt; \
            Bosnia and Herzegovina; Argentina
            Combat violence (Azerbaijan); continue the strategy (Italy);      | Azerbaijan; Italy
            Ratify ICCPR-OP 2 (ICCPR-OP 2) (Iran (Islamic republic of));      | Iran (Islamic republic of)
            Follow up (Czech Republic, Trinidad and Tobago, and Antigua and Barbuda); | Czech Republic; Trinidad and \
            Tobago; Antigua and Barbuda
            """)
    void parsesTheStatesInTheDocumentsWording(String text, String expected) {
        RecommendingStates.Parsed parsed = states.parse(text);
        assertThat(parsed.states()).containsExactlyElementsOf(Arrays.asList(expected.split("; ")));
        assertThat(parsed.unknown()).isEmpty();
    }

    @Test
    void namesTheTableLacksAreKeptFromTheLastParenthesesAndReported() {
        RecommendingStates.Parsed parsed = states.parse("Share best practices (Ruritania and Chile);");
        assertThat(parsed.states()).containsExactly("Ruritania", "Chile");
        assertThat(parsed.unknown()).containsExactly("Ruritania");
    }

    @Test
    void parenthesesInsideTheTextThatAreNotStatesAreIgnored() {
        assertThat(states.parse("Ratify the Optional Protocol (OP-ICESCR) and resolution 1325 (2000) (Portugal);")
                .states()).containsExactly("Portugal");
        assertThat(states.parse("Ratify the Optional Protocol (OP-ICESCR);").states()).isEmpty();
    }
}
