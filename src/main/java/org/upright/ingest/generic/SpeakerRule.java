package org.upright.ingest.generic;

import java.util.LinkedHashSet;
import java.util.List;
import org.upright.reference.MechanismMention;
import org.upright.reference.ReferenceData;

/** Who speaks in a document's statements: its author throughout, or whoever each clause names as its subject. */
sealed interface SpeakerRule {

    /** The speakers a clause names before its main verb (which starts at {@code verbAt}); empty if none. */
    List<String> named(String clause, int verbAt);

    /** Whether a clause that names no one speaks with the one before it (a summary reports one source at a time). */
    boolean carries();

    /** A document whose author speaks in every statement: a State's national report, a mandate holder's report. */
    record Author(String code) implements SpeakerRule {
        @Override
        public List<String> named(String clause, int verbAt) {
            return code == null ? List.of() : List.of(code);
        }

        @Override
        public boolean carries() {
            return true;
        }
    }

    /**
     * A document that reports what others said: the subject of each clause names the speaker, a stakeholder of the
     * summary's list (if any) or a UN mechanism. A name followed by a code in parentheses is that code's definition
     * ("the Council of Europe's Commissioner for Human Rights (CoE-Commissioner)"): the code speaks, not the
     * organization the name begins with.
     */
    record Subjects(ReferenceData reference, Stakeholders stakeholders, boolean carries) implements SpeakerRule {
        @Override
        public List<String> named(String clause, int verbAt) {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            if (stakeholders != null) {
                List<Stakeholders.Mention> before = stakeholders.find(clause).stream()
                        .filter(m -> m.start() < verbAt).toList();
                for (int i = 0; i < before.size(); i++) {
                    Stakeholders.Mention m = before.get(i);
                    boolean defined = !m.byCode() && i + 1 < before.size() && before.get(i + 1).enclosed();
                    // without a verb, a name is what the clause is about ("the Council of Europe petition")
                    boolean object = !m.byCode() && verbAt >= clause.length();
                    if (!defined && !object) {
                        all.add(m.code());
                    }
                }
            }
            // a mechanism speaks only as the subject of a verb: "the implementation of the CRPD was lacking" is no one's
            if (all.isEmpty() && verbAt < clause.length()) {
                for (MechanismMention m : reference.mechanisms().findMentions(clause)) {
                    if (m.start() < verbAt && !(m.codes().size() == 1 && GenericIdentity.namesAState(m, reference))) {
                        all.addAll(m.codes());
                    }
                }
            }
            return List.copyOf(all);
        }
    }
}
