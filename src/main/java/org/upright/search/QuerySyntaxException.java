package org.upright.search;

import org.upright.common.UsageException;

/** A query the syntax does not allow, or one too long: the message explains the syntax in one line. */
public final class QuerySyntaxException extends UsageException {
    /** What the query syntax allows, for messages. */
    public static final String SYNTAX = "use words, \"exact phrases\", prefix*, AND / OR / NOT, parentheses and "
            + "fields such as speaker:CAT year:2009 country:KAZ kind:recommendation";

    public QuerySyntaxException(String problem) {
        super("bad query: " + problem + "; " + SYNTAX);
    }
}
