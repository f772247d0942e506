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
            "Declarations/reservations", "Declarations reservations", "Recognition of specific competences of treaty bodies");
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

    /** Reads a region that holds the core-treaty table, and possibly the not-party sentence and other instruments. */
    void read(List<RefText> lines, List<String> warnings) {
        int notPartyAt = indexOf(lines, NOT_PARTY, 0);
        int othersAt = indexOf(lines, OTHER_START, 0);
        int coreEnd = notPartyAt >= 0 ? notPartyAt : othersAt >= 0 ? othersAt : lines.size();
        readCore(lines.subList(0, coreEnd), warnings);
        if (notPartyAt >= 0) {
            int end = notPartyAt;
            StringBuilder sentence = new StringBuilder();
            while (end < lines.size() && !lines.get(end).text().isBlank()) {
                sentence.append(' ').append(lines.get(end).text().strip());
                end++;
                if (sentence.toString().strip().endsWith(".")) {
                    break;
                }
            }
            readNotParty(sentence.toString().strip());
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
