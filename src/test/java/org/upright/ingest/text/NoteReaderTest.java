package org.upright.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Endnote;
import org.upright.reference.ReferenceData;

class NoteReaderTest {

    @Test
    void notesGiveTheirSymbolsParagraphsAndTheMechanismsTheyName() {
        List<DocLine> lines = new ArrayList<>();
        for (String text : """
                1
                Unless indicated otherwise, the status of ratifications may be found in (ST/LEG/SER.E/26).
                2
                CAT/C/NAM/CO/2, para. 5.
                3 CEDAW/C/NAM/CO/3, paras. 11 and 12; CRC/C/NAM/CO/2-4, para. 40.
                4
                UNHCR submission to the UPR on Namibia, p. 3.
                """.split("\n")) {
            lines.add(DocLine.plain(text.strip(), 1, false));
        }
        List<Endnote> notes = new NoteReader(ReferenceData.load().mechanisms()).read(lines);
        assertThat(notes).extracting(Endnote::number).containsExactly(1, 2, 3, 4);
        assertThat(notes.get(0).symbols()).containsExactly("ST/LEG/SER.E/26");
        assertThat(notes.get(1).symbols()).containsExactly("CAT/C/NAM/CO/2");
        assertThat(notes.get(1).paras()).containsExactly("5");
        assertThat(notes.get(1).mechanisms()).containsExactly("CAT");
        assertThat(notes.get(2).symbols()).containsExactly("CEDAW/C/NAM/CO/3", "CRC/C/NAM/CO/2-4");
        assertThat(notes.get(2).paras()).containsExactly("11", "12", "40");
        assertThat(notes.get(2).mechanisms()).containsExactly("CEDAW", "CRC");
        assertThat(notes.get(3).mechanisms()).containsExactly("UNHCR");
    }
}
