package org.upright.ingest.generic;

import org.upright.ingest.text.NoteReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stakeholders of a UPR summary of stakeholders' submissions, as its first note lists them ("AI  Amnesty
 * International, London, United Kingdom;", "JS1  Joint submission 1 submitted by: ...", "(CoE-ECRI) European
 * Commission against Racism and Intolerance ..."), and where a text names them.
 *
 * <p>A stakeholder's speaker code is its abbreviation as the list prints it ("AI", "JS1", "CoE-Commissioner",
 * "OSCE/ODIHR", "PTPR/JS4"); the text names it by that code (or, for "PTPR/JS4", by either part), by the name the
 * list gives ("Amnesty International"), by "Joint Submission (JS) 1", or by a short name the summary defines in
 * parentheses after the full one ("... of the Republic of Slovenia (the Ombudsman)"). A hyphen that text
 * extraction lost at a line end ("CoECommissioner") still names the stakeholder.
 */
final class Stakeholders {
    private static final String CODE = "([A-Z][A-Za-z]*(?:[-/][A-Za-z0-9]+)*\\d*)";
    /** "AI  Amnesty International, ..." or "AI" with the name on the next line. */
    private static final Pattern ENTRY = Pattern.compile(CODE + "(?:\\s+(\\S.*))?");
    /** "(CoE-ECRI Conclusions) European Commission against ...": an attachment under its organization. */
    private static final Pattern ATTACHMENT = Pattern.compile("\\(" + CODE + "(?:\\s[^)]*)?\\).*");
    private static final Pattern LIST_NOTE = Pattern.compile("(?i)stakeholders listed|contributed information|submissions");
    private static final Pattern JOINT = Pattern.compile("\\bJoint [Ss]ubmission\\s*(?:\\(JS\\)\\s*)?(\\d{1,2})\\b");
    private static final Pattern DEFINED = Pattern.compile("^\\s*\\((?:the\\s+)?([A-Z][A-Za-z-]+(?:\\s[A-Z][A-Za-z-]+)?)\\)");
    private static final Set<String> HEADERS = Set.of("Civil society", "Individual submissions", "Joint submissions",
            "Attachments", "Attachment", "National human rights institution", "National human rights institutions",
            "Regional intergovernmental organization(s)", "Regional Organizations", "Regional organizations",
            "International organizations", "United Nations");

    /**
     * Where a text names a stakeholder: the span, its code, whether the text gives its code (not a name) and whether
     * that code stands in parentheses, defining the name before it.
     */
    record Mention(int start, int end, String code, boolean byCode, boolean enclosed) {
    }

    /** Names (codes, parts of codes, full and defined names) to codes, longest first when matching. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Pattern> patterns = new java.util.HashMap<>();

    /** The stakeholders the summary's first notes list; none when no note lists submissions. */
    static Stakeholders fromNotes(List<NoteReader.RawNote> notes) {
        Stakeholders stakeholders = new Stakeholders();
        for (NoteReader.RawNote note : notes.stream().limit(2).toList()) {
            if (LIST_NOTE.matcher(note.text()).find()) {
                stakeholders.readList(note.lines());
                break;
            }
        }
        return stakeholders;
    }

    List<String> codes() {
        return List.copyOf(codes);
    }

    private void readList(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (HEADERS.contains(line.replaceAll(":$", ""))) {
                continue;
            }
            Matcher attachment = ATTACHMENT.matcher(line);
            if (attachment.matches() && isAbbreviation(attachment.group(1))) {
                add(attachment.group(1), null);
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches() || !isAbbreviation(m.group(1))) {
                continue;
            }
            String rest = m.group(2);
            if (rest == null && i + 1 < lines.size()) {
                rest = lines.get(i + 1).strip(); // the name on the next line
            }
            if (rest == null || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
                continue; // "GrecoRC4 (2017) 19;": a reference, not an entry
            }
            add(m.group(1), name(rest));
        }
    }

    private static boolean isAbbreviation(String token) {
        long capitals = token.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 || (capitals == 1 && token.chars().anyMatch(Character::isDigit));
    }

    /** "Amnesty International, London, United Kingdom*;" gives "Amnesty International". */
    private static String name(String rest) {
        String name = rest.split("[,;(]|\\*")[0].strip().replaceFirst("^The ", "");
        return name.startsWith("Joint submission") || name.length() < 4 ? null : name;
    }

    private void add(String code, String name) {
        if (names.containsKey(code)) {
            return;
        }
        codes.add(code);
        names.put(code, code);
        if (code.contains("/") && code.matches(".*/JS\\d+")) {
            for (String part : code.split("/")) {
                names.putIfAbsent(part, code);
            }
        }
        if (name != null) {
            names.putIfAbsent(name, code);
        }
    }

    /** Every stakeholder named in the text, left to right; learns short names the text defines. */
    List<Mention> find(String text) {
        int known = names.size();
        List<Mention> found = scan(text);
        // a short name defined here ("(the Ombudsman)") may be used again later in the same text
        return names.size() > known ? scan(text) : found;
    }

    private List<Mention> scan(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher joint = JOINT.matcher(text);
        while (joint.find()) {
            String code = "JS" + joint.group(1);
            String known = names.getOrDefault(code, code);
            found.add(new Mention(joint.start(), joint.end(), known, true, false));
        }
        List<Map.Entry<String, String>> byLength = new ArrayList<>(names.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> entry : byLength) {
            String firstPiece = entry.getKey().split("-", 2)[0];
            if (!firstPiece.isEmpty() && !text.contains(firstPiece)) {
                continue; // the name cannot stand in this text: spare the look-behind scan
            }
            Matcher m = pattern(entry.getKey()).matcher(text);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) {
                    continue;
                }
                boolean enclosed = m.start() > 0 && text.charAt(m.start() - 1) == '(' && m.end() < text.length()
                        && text.charAt(m.end()) == ')';
                boolean byCode = entry.getKey().equals(entry.getValue()) || entry.getValue().contains(entry.getKey() + "/")
                        || entry.getValue().endsWith("/" + entry.getKey());
                found.add(new Mention(m.start(), m.end(), entry.getValue(), byCode, enclosed));
                Matcher defined = DEFINED.matcher(text.substring(m.end()));
                if (!enclosed && defined.find() && !names.containsKey(defined.group(1))) {
                    names.put(defined.group(1), entry.getValue());
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private Pattern pattern(String name) {
        // a hyphen lost at a line join still names the stakeholder: CoE-Commissioner, CoECommissioner
        return patterns.computeIfAbsent(name, n -> Pattern.compile(
                "(?<![\\w-])" + Pattern.quote(n).replace("-", "\\E-?\\Q") + "(?![\\w-])"));
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (start < m.end() && end > m.start()) {
                return true;
            }
        }
        return false;
    }
}
