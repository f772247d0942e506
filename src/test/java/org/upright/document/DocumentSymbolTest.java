package org.upright.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSymbolTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "A/HRC/WG.6/7/KAZ/2, 7, KAZ, 2",
        "A/HRC/WG.6/34/SVN/1, 34, SVN, 1",
        "A/HRC/WG.6/41/NAM/3, 41, NAM, 3",
        "A/HRC/WG.6/7/KAZ/2/Corr.1, 7, KAZ, 2"})
    void uprSymbolsRevealSessionStateAndDocument(String text, int session, String state, int number) {
        DocumentSymbol symbol = new DocumentSymbol(text);
        assertThat(symbol.uprSession()).hasValue(session);
        assertThat(symbol.uprCountry()).contains(state);
        assertThat(symbol.uprDocumentNumber()).hasValue(number);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "A_HRC_WG.6_7_KAZ_2.txt, A/HRC/WG.6/7/KAZ/2",
        "/data/un/A_HRC_WG.6_34_SVN_2.pdf, A/HRC/WG.6/34/SVN/2",
        "A_HRC_14_15_Add.1.pdf, A/HRC/14/15/Add.1"})
    void fileNamesSpellSymbolsWithUnderscores(String fileName, String symbol) {
        assertThat(DocumentSymbol.fromFileName(fileName)).map(DocumentSymbol::text).contains(symbol);
    }

    @Test
    void aDocumentsOwnSymbolStandsAloneOnALineWhileCitedOnesStandInSentences() {
        String text = "United Nations\nGeneral Assembly\nA/HRC/WG.6/34/SVN/2\nDistr.: General\n"
                + "In 2016, CAT (CAT/C/SVN/CO/3, para. 5) recommended";
        assertThat(DocumentSymbol.findIn(text)).map(DocumentSymbol::text).contains("A/HRC/WG.6/34/SVN/2");
        assertThat(DocumentSymbol.findIn("As CAT said in CAT/C/SVN/CO/3, para. 5.")).isEmpty();
    }
}
