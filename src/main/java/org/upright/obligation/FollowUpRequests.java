package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.NumberWords;
import org.upright.common.PartialDate;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.treaty.ConcludingObservationsExtractor;
import org.upright.ingest.treaty.FollowUpRequest;
import org.upright.reference.Instrument;

/**
 * Treaty bodies' requests for follow-up information, as of a date, from three places: concluding observations
 * (the request and its deadline), the compilations' reporting tables ("Follow-up response: due Dec. 2009") and the
 * compilations' text ("In November 2008, CAT requested the State party to provide, within one year, follow-up
 * information on ... paragraphs 7, 9 ... As at October 2009, such follow-up information had not been received.").
 * Requests of one body with deadlines within a month of each other are one request.
 */
final class FollowUpRequests {
    private static final Pattern WITHIN = Pattern.compile(
            "within\\s+(a|one|two|three|\\d+)\\s+(years?|months?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPHS = Pattern.compile("paragraphs?\\s+(\\d[^.;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_RECEIVED = Pattern.compile(
            "(?:had|has|have)\\s+not\\s+(?:yet\\s+)?been\\s+(?:received|submitted|provided)|not\\s+(?:yet\\s+)?received"
                    + "|\\bdue\\b|overdue", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECEIVED = Pattern.compile(
            "(?:was|were|had been|has been|have been)\\s+(?:received|submitted|provided)|\\breceived\\b|\\bsubmitted\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_AT = Pattern.compile("\\bAs (?:at|of)\\s+((?:\\d{1,2}\\s+)?" + PartialDate.MONTH
            + "\\s+\\d{4}|\\d{4})", Pattern.CASE_INSENSITIVE);

    private final TreatyKeys keys;
    private final ConcludingObservationsExtractor observations;

    FollowUpRequests(TreatyKeys keys, ConcludingObservationsExtractor observations) {
        this.keys = keys;
        this.observations = observations;
    }

    /** One request as one source gives it. */
    private record Found(String body, List<Integer> paragraphs, PartialDate requested, PartialDate due,
                         boolean explicitDue, Boolean received, PartialDate knownOn, String text, Source source) {
    }

    List<FollowUpStatus> status(StateEvidence evidence, LocalDate asOf, List<Conflict> conflicts) {
        PartialDate day = new PartialDate(asOf.getYear(), asOf.getMonthValue(), asOf.getDayOfMonth());
        List<Found> found = new ArrayList<>();
        for (StateEvidence.Dated doc : evidence.documents()) {
            for (TreatyBodyReport row : orEmpty(doc.document().treatyBodyReporting())) {
                fromTable(row, doc).ifPresent(found::add);
            }
            if (doc.is("upr-compilation")) {
                for (Paragraph p : orEmpty(doc.document().paragraphs())) {
                    fromText(p, doc).ifPresent(found::add);
                }
            }
            if (doc.is("concluding-observations")) {
                fromObservations(doc).ifPresent(found::add);
            }
        }
        List<Found> known = found.stream().filter(f -> f.requested() == null
                || !RatificationRegistry.after(f.requested(), day)).toList();
        return merge(known, day, conflicts);
    }

    private Optional<Found> fromTable(TreatyBodyReport row, StateEvidence.Dated doc) {
        String text = row.followUpResponse();
        if (text == null || text.isBlank() || text.strip().equals("-")) {
            return Optional.empty();
        }
        Optional<PartialDate> due = PartialDate.find(text);
        Optional<String> body = keys.ofLabel(row.body()).map(this::label);
        if (due.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        Boolean received = NOT_RECEIVED.matcher(text).find() ? Boolean.FALSE
                : RECEIVED.matcher(text).find() ? Boolean.TRUE : null;
        PartialDate requested = PartialDate.parseIso(row.latestConcludingObservations())
                .orElse(null);
        return Optional.of(new Found(body.get(), List.of(), requested, due.get(), true, received, null,
                row.body() + " follow-up response: " + text, doc.source()));
    }

    private Optional<Found> fromText(Paragraph paragraph, StateEvidence.Dated doc) {
        String text = paragraph.text();
        if (text == null || !text.toLowerCase(Locale.ROOT).contains("follow-up")) {
            return Optional.empty();
        }
        Matcher within = WITHIN.matcher(text);
        if (!within.find()) {
            return Optional.empty();
        }
        String before = text.substring(0, within.start());
        Optional<PartialDate> requested = PartialDate.findAll(before).stream().reduce((a, b) -> b);
        Optional<String> body = speaker(paragraph);
        if (requested.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        int amount = amount(within.group(1));
        boolean years = within.group(2).toLowerCase(Locale.ROOT).startsWith("year");
        PartialDate base = requested.get();
        int months = base.month() == 0 ? 0 : base.month() - 1 + (years ? 12 * amount : amount);
        PartialDate due = base.month() == 0 ? PartialDate.ofYear(base.year() + (years ? amount : 0))
                : new PartialDate(base.year() + months / 12, months % 12 + 1, 0);
        Matcher asAt = AS_AT.matcher(text);
        PartialDate knownOn = null;
        Boolean received = null;
        if (asAt.find()) {
            knownOn = PartialDate.find(asAt.group(1)).orElse(null);
            String after = text.substring(asAt.start());
            received = NOT_RECEIVED.matcher(after).find() ? Boolean.FALSE
                    : RECEIVED.matcher(after).find() ? Boolean.TRUE : null;
        }
        return Optional.of(new Found(body.get(), paragraphNumbers(text.substring(within.end())), base, due, false,
                received, knownOn, text, doc.source()));
    }

    private Optional<Found> fromObservations(StateEvidence.Dated doc) {
        Optional<FollowUpRequest> request = observations.followUp(doc.document());
        Optional<Instrument> instrument = keys.ofSymbol(doc.stored().symbol());
        if (request.isEmpty() || instrument.isEmpty() || request.get().dueDate() == null) {
            return Optional.empty();
        }
        return PartialDate.parseIso(request.get().dueDate()).map(due -> new Found(label(instrument.get()),
                request.get().paragraphs(), doc.date(), due, true, null, null,
                "follow-up information requested on paragraphs " + request.get().paragraphs(), doc.source()));
    }

    private List<FollowUpStatus> merge(List<Found> found, PartialDate day, List<Conflict> conflicts) {
        List<List<Found>> groups = new ArrayList<>();
        for (Found f : found) {
            groups.stream().filter(g -> g.get(0).body().equals(f.body())
                            && Math.abs(g.get(0).due().monthsUntil(f.due())) <= 1)
                    .findFirst().ifPresentOrElse(g -> g.add(f), () -> groups.add(new ArrayList<>(List.of(f))));
        }
        List<FollowUpStatus> result = new ArrayList<>();
        for (List<Found> group : groups) {
            TreeSet<Integer> paragraphs = new TreeSet<>();
            group.forEach(f -> paragraphs.addAll(f.paragraphs()));
            Found dated = group.stream().filter(Found::explicitDue).reduce((a, b) -> b).orElse(group.get(0));
            // a deadline computed from "within one year" of a month may fall a month from the printed one
            boolean disagree = group.stream().anyMatch(a -> group.stream().anyMatch(b -> !a.due().equals(b.due())
                    && (a.explicitDue() && b.explicitDue() || Math.abs(a.due().monthsUntil(b.due())) > 1)));
            if (disagree) {
                conflicts.add(new Conflict(dated.body() + ": follow-up deadline", group.stream()
                        .map(f -> new Conflict.SourcedValue(f.due() + (f.explicitDue() ? "" : " (computed from the "
                                + "period the request gives)"), f.source())).toList(), dated.due().toString()));
            }
            // what the newest statement on the reply says, as far as known by the day asked
            Found latest = group.stream().filter(f -> f.received() != null)
                    .max(Comparator.comparing(Found::knownOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            Boolean received = latest == null ? null : latest.received();
            PartialDate knownOn = latest == null ? null : latest.knownOn();
            result.add(new FollowUpStatus(dated.body(), List.copyOf(paragraphs), dated.due(), received, knownOn,
                    group.stream().filter(f -> !f.explicitDue() || f.paragraphs().size() > 0).map(Found::text)
                            .findFirst().orElse(dated.text()), dated.source()));
        }
        result.sort(Comparator.comparing(FollowUpStatus::dueDate));
        return result;
    }

    private Optional<String> speaker(Paragraph paragraph) {
        for (Statement s : orEmpty(paragraph.statements())) {
            for (String speaker : orEmpty(s.speakers())) {
                Optional<Instrument> instrument = keys.ofLabel(speaker);
                if (instrument.isPresent()) {
                    return Optional.of(label(instrument.get()));
                }
            }
        }
        return Optional.empty();
    }

    private String label(Instrument instrument) {
        return TreatyKeys.label(instrument, keys.mainTreatyOf(instrument.body()).orElse(instrument));
    }

    /** The paragraph numbers listed after "paragraphs", skipping what stands in parentheses. */
    static List<Integer> paragraphNumbers(String text) {
        Matcher m = PARAGRAPHS.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        String list = m.group(1).replaceAll("\\([^)]*\\)", " ");
        List<Integer> numbers = new ArrayList<>();
        for (String token : list.split("[^0-9]+")) {
            if (!token.isEmpty() && token.length() <= 3) {
                numbers.add(Integer.parseInt(token));
            }
        }
        return numbers;
    }

    private static int amount(String word) {
        if (word.matches("\\d+")) {
            return Integer.parseInt(word);
        }
        return word.equalsIgnoreCase("a") ? 1 : NumberWords.parse(word).orElse(1);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
