package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.PartialDate;
import org.upright.ingest.model.Competence;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.RefText;
import org.upright.reference.Instrument;
import org.upright.reference.Instruments;

/**
 * The 2009 compilations' "Scope of international obligations" tables, rebuilt from what the cells are: core
 * treaties (row labels are instrument abbreviations), dates of ratification (full dates, in row order), declarations
 * (None / Yes / text, in row order) and competences ("Inquiry procedure (arts. 8 and 9): No"), which belong to the
 * treaty whose optional procedure has those articles; then the sentence listing the core treaties the State is not
 * party to, and the table of other instruments.
 */
final class RatificationTable {
    static final HeaderSet HEADERS = new HeaderSet(
            "Core universal human rights treaties", "Date of ratification, accession or succession",
            "Declarations/reservations", "Recognition of specific competences of treaty bodies");
    static final int TREATY = 0;
    static final int DATE = 1;
    static final int DECLARATIONS = 2;
    static final int COMPETENCES = 3;
    static final HeaderSet OTHER_HEADERS = new HeaderSet(
            "Other main relevant international instruments", "Ratification, accession or succession");
    static final Pattern NOT_PARTY = Pattern.compile("(?i)^Core (?:universal human rights )?treaties to which .*");
    static final Pattern OTHER_START = Pattern.compile("(?i)^Other main relevant international instruments.*");
    private static final Pattern COMPETENCE = Pattern.compile(
            "(?i)(individual complaints?|inter-state complaints?|inquiry procedure)\\s*\\(\\s*(arts?\\.?)\\s*([^)]*)\\)"
            + "\\s*:?\\s*(yes|no)?");
    private static final Pattern COMPETENCE_START = Pattern.compile(
            "(?i)^(individual complaints?|inter-state complaints?|inquiry procedure)\\b.*");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)signature(?: only)?,?\\s*((?:19|20)\\d{2})?");

    private final Instruments instruments;
    private final List<Ratification> ratifications = new ArrayList<>();
    private final List<NotParty> notParty = new ArrayList<>();
    private final List<OtherInstrument> others = new ArrayList<>();

    RatificationTable(Instruments instruments) {
        this.instruments = instruments;
    }

    List<Ratification> ratifications() {
        return ratifications;
    }

    List<NotParty> notParty() {
        return notParty;
    }

    List<OtherInstrument> others() {
        return others;
    }

    /**
     * Reads a region that holds the core-treaty table, and possibly the not-party sentence and other instruments;
     * with positions (PDF) the tables are rebuilt from where the cells stand.
     */
    void read(List<RefText> lines, List<DocLine> source, List<String> warnings) {
        if (TableGrid.positioned(source) && source.size() == lines.size()) {
            readPositioned(lines, source, warnings);
            return;
        }
        read(lines, warnings);
    }

    private void readPositioned(List<RefText> lines, List<DocLine> source, List<String> warnings) {
        int notPartyAt = indexOf(lines, NOT_PARTY, 0);
        int othersAt = indexOf(lines, OTHER_START, 0);
        int coreEnd = notPartyAt >= 0 ? notPartyAt : othersAt >= 0 ? othersAt : lines.size();
        TableGrid core = TableGrid.build(source.subList(0, coreEnd), HEADERS,
                text -> instruments.byAbbreviation(text).isPresent());
        for (int r = 0; r < core.rows(); r++) {
            String dateText = blankToNull(core.cell(r, DATE).text());
            String date = dateText == null ? null : PartialDate.find(dateText).map(PartialDate::toString).orElse(null);
            String declarations = blankToNull(core.cell(r, DECLARATIONS).text());
            List<Competence> competences = new ArrayList<>();
            Matcher m = COMPETENCE.matcher(core.cell(r, COMPETENCES).text());
            while (m.find()) {
                competence(m.group()).ifPresent(competences::add);
            }
            ratifications.add(new Ratification(core.label(r), dateText, date, declarations, competences));
        }
        if (notPartyAt >= 0 && source.get(notPartyAt).style().segments().size() > 1) {
            readNotPartyRows(source.subList(notPartyAt + 1, othersAt > notPartyAt ? othersAt : lines.size()));
        } else if (notPartyAt >= 0) {
            readNotParty(sentenceAt(lines, notPartyAt));
        }
        if (othersAt >= 0) {
            TableGrid others = TableGrid.build(source.subList(othersAt, lines.size()), OTHER_HEADERS,
                    text -> !text.isEmpty() && Character.isUpperCase(text.charAt(0)), true);
            for (int r = 0; r < others.rows(); r++) {
                RefText name = others.cell(r, 0);
                String status = blankToNull(others.cell(r, 1).text());
                Boolean party = status == null ? null : status.toLowerCase(Locale.ROOT).startsWith("yes");
                this.others.add(new OtherInstrument(name.text().strip(),
                        name.refs().isEmpty() ? null : name.refs().get(0).number(), status, party));
            }
        }
    }

    private static String blankToNull(String text) {
        String t = text.strip();
        return t.isEmpty() || Cells.isDash(t) ? null : t;
    }

    private static String sentenceAt(List<RefText> lines, int start) {
        StringBuilder sentence = new StringBuilder();
        for (int end = start; end < lines.size() && !lines.get(end).text().isBlank(); end++) {
            sentence.append(' ').append(lines.get(end).text().strip());
            if (sentence.toString().strip().endsWith(".")) {
                break;
            }
        }
        return sentence.toString().strip();
    }

    /** Reads the text form of the tables: cells in column runs, without positions. */
    void read(List<RefText> lines, List<String> warnings) {
        int notPartyAt = indexOf(lines, NOT_PARTY, 0);
        int othersAt = indexOf(lines, OTHER_START, 0);
        int coreEnd = notPartyAt >= 0 ? notPartyAt : othersAt >= 0 ? othersAt : lines.size();
        readCore(lines.subList(0, coreEnd), warnings);
        if (notPartyAt >= 0) {
            readNotParty(sentenceAt(lines, notPartyAt));
        }
        if (othersAt >= 0) {
            readOthers(lines.subList(othersAt, lines.size()));
        }
    }

    private static int indexOf(List<RefText> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).text().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private void readCore(List<RefText> lines, List<String> warnings) {
        List<String> rows = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> declarations = new ArrayList<>();
        List<String> competences = new ArrayList<>();
        for (List<RefText> block : Cells.blocks(lines)) {
            boolean competenceBlock = block.stream().anyMatch(l -> COMPETENCE_START.matcher(l.text()).matches());
            for (int i = 0; i < block.size(); i++) {
                String text = block.get(i).text();
                if (HEADERS.fragmentOf(text) >= 0 && instruments.byAbbreviation(text).isEmpty()) {
                    continue;
                }
                Optional<Instrument> label = instruments.byAbbreviation(text);
                if (label.isPresent()) {
                    rows.add(text);
                } else if (PartialDate.isDateOnly(text) && text.matches(".*[A-Za-z].*")) {
                    dates.add(text);
                } else if (COMPETENCE_START.matcher(text).matches()) {
                    StringBuilder cell = new StringBuilder(text);
                    while (!COMPETENCE.matcher(cell).matches() && i + 1 < block.size()
                            && !COMPETENCE_START.matcher(block.get(i + 1).text()).matches()) {
                        cell.append(' ').append(block.get(++i).text());
                    }
                    competences.add(cell.toString());
                } else if (Cells.isDash(text)) {
                    if (!competenceBlock) {
                        declarations.add(null);
                    }
                } else {
                    StringBuilder cell = new StringBuilder(text);
                    while (i + 1 < block.size() && Cells.continues(cell.toString(), block.get(i + 1).text())
                            && instruments.byAbbreviation(block.get(i + 1).text()).isEmpty()
                            && !PartialDate.isDateOnly(block.get(i + 1).text())) {
                        cell.append(' ').append(block.get(++i).text());
                    }
                    declarations.add(cell.toString());
                }
            }
        }
        if (!rows.isEmpty() && (dates.size() != rows.size() || declarations.size() != rows.size())) {
            warnings.add("ratification table: " + rows.size() + " treaties but " + dates.size() + " dates and "
                    + declarations.size() + " declaration cells; cells were given to rows in order");
        }
        List<List<Competence>> byRow = new ArrayList<>();
        rows.forEach(r -> byRow.add(new ArrayList<>()));
        for (String text : competences) {
            competence(text).ifPresent(c -> {
                int row = rowOf(rows, c);
                if (row >= 0) {
                    byRow.get(row).add(c);
                } else {
                    warnings.add("ratification table: no treaty row for \"" + text + "\"");
                }
            });
        }
        for (int r = 0; r < rows.size(); r++) {
            String dateText = r < dates.size() ? dates.get(r) : null;
            String date = dateText == null ? null : PartialDate.parse(dateText).map(PartialDate::toString).orElse(null);
            String declaration = r < declarations.size() ? declarations.get(r) : null;
            ratifications.add(new Ratification(rows.get(r), dateText, date, declaration, List.copyOf(byRow.get(r))));
        }
    }

    private Optional<Competence> competence(String text) {
        Matcher m = COMPETENCE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String procedure = kind.startsWith("individual") ? "individual-complaints"
                : kind.startsWith("inter") ? "inter-state-complaints" : "inquiry-procedure";
        Boolean accepted = m.group(4) == null ? null : m.group(4).equalsIgnoreCase("yes");
        return Optional.of(new Competence(text, procedure, m.group(3).strip(), accepted));
    }

    /** The row whose treaty has this optional procedure under these articles. */
    private int rowOf(List<String> rows, Competence competence) {
        Optional<Instrument> owner = instruments.withProcedure(competence.procedure(), competence.articles());
        if (owner.isEmpty()) {
            return -1;
        }
        for (int r = 0; r < rows.size(); r++) {
            Optional<Instrument> row = instruments.byAbbreviation(rows.get(r));
            if (row.isPresent() && row.get().code().equals(owner.get().code())) {
                return r;
            }
        }
        return -1;
    }

    /** The not-party list set as a table (HTML): a row per treaty, its status ("signature only, 2008") beside it. */
    private void readNotPartyRows(List<DocLine> rows) {
        for (DocLine row : rows) {
            if (row.style() == null || row.style().segments().isEmpty()) {
                continue;
            }
            List<org.upright.ingest.text.LineStyle.Segment> cells = row.style().segments();
            String name = cells.get(0).text().strip();
            Optional<Instrument> instrument = instruments.byAbbreviation(name);
            if (instrument.isEmpty()) {
                continue;
            }
            String status = cells.size() > 1 ? cells.get(1).text() : "";
            Matcher m = SIGNATURE.matcher(status);
            boolean signed = m.find();
            Integer year = signed && m.group(1) != null ? Integer.valueOf(m.group(1)) : null;
            notParty.add(new NotParty(instrument.get().code(), signed, year));
        }
    }

    private void readNotParty(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 0) {
            return;
        }
        String list = sentence.substring(colon + 1).strip().replaceAll("\\.$", "");
        for (String item : splitList(list)) {
            String name = item.replaceAll("\\(.*", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            String code = instruments.byAbbreviation(name).map(Instrument::code).orElse(name);
            boolean signed = false;
            Integer year = null;
            int open = item.indexOf('(');
            if (open >= 0) {
                Matcher m = SIGNATURE.matcher(item.substring(open));
                if (m.find()) {
                    signed = true;
                    year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
                }
            }
            notParty.add(new NotParty(code, signed, year));
        }
    }

    /** Splits "A, B, C (signature only, 2008) and D" at commas and "and" outside parentheses. */
    static List<String> splitList(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ',') {
                items.add(list.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && list.startsWith(" and ", i)) {
                items.add(list.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        items.add(list.substring(start));
        return items.stream().map(String::strip).map(s -> s.replaceFirst("^and ", "")).filter(s -> !s.isEmpty())
                .toList();
    }

    private void readOthers(List<RefText> lines) {
        List<RefText> names = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (List<RefText> block : Cells.blocks(lines)) {
            for (int i = 0; i < block.size(); i++) {
                RefText line = block.get(i);
                String text = line.text();
                if (OTHER_HEADERS.fragmentOf(text) >= 0 || OTHER_START.matcher(text).matches()) {
                    continue;
                }
                if (text.matches("(?i)(yes|no)\\b.*") && text.length() < 60) {
                    statuses.add(text);
                } else if (!names.isEmpty() && Character.isLowerCase(text.charAt(0))) {
                    names.set(names.size() - 1, RefText.join(List.of(names.get(names.size() - 1), line)));
                } else {
                    names.add(line);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            RefText name = names.get(i);
            String status = i < statuses.size() ? statuses.get(i) : null;
            Boolean party = status == null ? null : status.toLowerCase(Locale.ROOT).startsWith("yes");
            Integer footnote = name.refs().isEmpty() ? null : name.refs().get(0).number();
            others.add(new OtherInstrument(name.text().strip(), footnote, status, party));
        }
    }
}
