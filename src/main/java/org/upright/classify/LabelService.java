package org.upright.classify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.upright.account.Account;

/**
 * The labels of statements and recommendations (themes, affected persons, SDG goals): the classifier's suggestions
 * stored at ingestion, and reviewers' decisions (accept, reject, add) with their history. Decisions outlive new
 * suggestions and new versions of a document (entries are keyed by stable tracking keys), and feed the next
 * training ({@link #corrections()}).
 */
public interface LabelService {

    /**
     * Classifies the entries and stores the suggestions: an entry's earlier suggestions are replaced, its decided
     * labels (accepted, rejected, added) are kept and never overwritten. Idempotent; one transaction.
     */
    void suggest(Collection<LabelledEntry> entries);

    /** The effective labels of the entries (suggested and not rejected, accepted, added), per key; best first. */
    Map<String, List<EntryLabel>> effective(Collection<String> keys);

    /** Every label of one entry, rejected ones included, for its page. */
    List<EntryLabel> labels(String key);

    /** The history of one entry's labels, oldest first. */
    List<LabelChange> history(String key);

    /**
     * Entries with undecided suggestions, least confident first; {@code country} null for every State.
     */
    List<ReviewItem> queue(String country, int offset, int limit);

    /** How many entries wait for review ({@code country} null for all). */
    long waiting(String country);

    /**
     * A reviewer's decision on one label: accept or reject a suggestion, or add a label the classifier missed
     * (state ADDED; the concept must exist in the taxonomy). Re-indexes the entry's document.
     *
     * @throws org.upright.common.NotAllowedException when the account may not review (viewers)
     * @throws org.upright.common.BadInputException for a concept the taxonomy does not have
     */
    EntryLabel decide(Account reviewer, String key, Family family, String conceptId, LabelState decision);

    /** The reviewed entries as training examples: text with its accepted and added labels (rejected left out). */
    List<LabelledStatement> corrections();
}
