package org.upright.report;

import java.util.List;
import java.util.Map;

/**
 * The reading order every format of the next-cycle draft shares, the cycle-4 compilation's outline: I. Background;
 * II. Scope of international obligations and cooperation with human rights mechanisms (with the tables);
 * III. National human rights framework; IV. Implementation of international human rights obligations, A to D with
 * numbered themed subsections, and "Other issues" last. Headings without sentences are left out, except in II.
 */
final class DraftLayout {
    private static final Map<String, String> SECTIONS = Map.of(
            "II", "Scope of international obligations and cooperation with human rights mechanisms",
            "III", "National human rights framework",
            "IV", "Implementation of international human rights obligations");
    private static final Map<String, String> PARTS = Map.of(
            "A", "Cross-cutting issues", "B", "Civil and political rights",
            "C", "Economic, social and cultural rights", "D", "Rights of specific persons or groups");
    private static final String[] LETTERS = {"A", "B", "C", "D", "E", "F"};

    /** What a format draws, called in reading order; sentences are numbered through the document from 1. */
    interface Writer {
        void sectionStart(String number, String title, int depth);

        void sectionEnd();

        void text(String text);

        void table(CompilationTable table);

        void sentence(int number, DraftSentence sentence);
    }

    private DraftLayout() {
    }

    static void walk(NextCycleDraft draft, Writer out) {
        int[] number = {1};
        out.sectionStart("I", "Background", 1);
        out.text("This draft gathers the recommendations and concerns addressed to " + draft.country().name()
                + " by the treaty bodies, the special procedures and United Nations entities in the documents stored"
                + " in Upright dated on or before " + draft.asOf() + ", each in the voice of the compilation and"
                + " citing its source. The tables give the State's obligations as of that day.");
        out.sectionEnd();
        out.sectionStart("II", SECTIONS.get("II"), 1);
        List<DraftTheme> scope = draft.outline().stream().filter(t -> t.section().equals("II")).toList();
        for (int i = 0; i < scope.size(); i++) {
            out.sectionStart(LETTERS[i], scope.get(i).title(), 2);
            (i == 0 ? draft.obligationTables() : i == 1 ? draft.cooperationTables() : List.<CompilationTable>of())
                    .forEach(out::table);
            sentences(draft, scope.get(i), out, number);
            out.sectionEnd();
        }
        out.sectionEnd();
        List<DraftTheme> framework = draft.outline().stream().filter(t -> t.section().equals("III")).toList();
        out.sectionStart("III", SECTIONS.get("III"), 1);
        framework.forEach(t -> sentences(draft, t, out, number));
        out.sectionEnd();
        out.sectionStart("IV", SECTIONS.get("IV"), 1);
        for (String part : List.of("A", "B", "C", "D")) {
            List<DraftTheme> themes = draft.outline().stream()
                    .filter(t -> t.section().equals("IV." + part) && !draft.under(t).isEmpty()).toList();
            if (themes.isEmpty()) {
                continue;
            }
            out.sectionStart(part, PARTS.get(part), 2);
            for (int i = 0; i < themes.size(); i++) {
                out.sectionStart(String.valueOf(i + 1), themes.get(i).title(), 3);
                sentences(draft, themes.get(i), out, number);
                out.sectionEnd();
            }
            out.sectionEnd();
        }
        if (!draft.under(DraftTheme.OTHER).isEmpty()) {
            out.sectionStart(null, DraftTheme.OTHER.title(), 2);
            sentences(draft, DraftTheme.OTHER, out, number);
            out.sectionEnd();
        }
        out.sectionEnd();
    }

    private static void sentences(NextCycleDraft draft, DraftTheme theme, Writer out, int[] number) {
        for (DraftSentence sentence : draft.under(theme)) {
            out.sentence(number[0]++, sentence);
        }
    }
}
