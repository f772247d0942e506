package org.upright.search.opensearch;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.upright.common.UprightException;
import org.upright.search.QuerySyntaxException;

/**
 * Turns the client's failures into one-line Upright exceptions: an unreachable or failing cluster names its address,
 * a query OpenSearch cannot parse becomes a {@link QuerySyntaxException} worded as the Lucene index words it.
 */
final class Failures {
    private static final Pattern UNEXPECTED = Pattern.compile("Encountered \" \\S+ \"(.*?) \"\" at line \\d+, "
            + "column (\\d+)");

    private Failures() {
    }

    /** A request to the cluster, which may fail on the network. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    /** Runs the call; a failure becomes an {@link UprightException} naming the cluster and saying what was done. */
    static <T> T call(List<URI> cluster, String doing, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UprightException("search cluster " + addresses(cluster) + " is unreachable while " + doing
                    + ": " + oneLine(rootMessage(e)), e);
        } catch (OpenSearchException e) {
            throw new UprightException("search cluster " + addresses(cluster) + " failed while " + doing + ": "
                    + oneLine(reason(e.error())), e);
        }
    }

    /** Runs a search: a request OpenSearch refuses as bad (400) is the user's query. */
    static <T> T search(List<URI> cluster, Call<T> call) {
        try {
            return call(cluster, "searching", call);
        } catch (UprightException e) {
            if (e.getCause() instanceof OpenSearchException os && os.status() == 400) {
                throw new QuerySyntaxException(problem(deepest(os.error())));
            }
            throw e;
        }
    }

    /** The parser's report in one short line, in the words of the Lucene index's. */
    static String problem(String report) {
        if (report.contains("too_many_clauses") || report.contains("maxClauseCount")) {
            return "the query has too many terms";
        }
        if (report.contains("Lexical error")) {
            return report.contains("<EOF>") ? "a quote or an escape (\\) is not closed"
                    : "a character the syntax does not allow";
        }
        if (report.matches("(?s).*Encountered \"\\s*<EOF>\\s*\".*")) {
            return "the query ends too early (an operator, a parenthesis or a range is not finished)";
        }
        Matcher unexpected = UNEXPECTED.matcher(report);
        if (unexpected.find()) {
            return "unexpected '" + unexpected.group(1) + "' at character " + unexpected.group(2);
        }
        String line = oneLine(report.replaceFirst("^[a-z_]+_exception: ", "").replaceFirst("(?s)^Cannot parse '.*?': ",
                ""));
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** The innermost reason OpenSearch gives, where the parser's own words are. */
    private static String deepest(ErrorCause error) {
        ErrorCause cause = error.causedBy() == null && !error.rootCause().isEmpty() ? error.rootCause().get(0) : error;
        while (cause.causedBy() != null) {
            cause = cause.causedBy();
        }
        return reason(cause);
    }

    private static String reason(ErrorCause error) {
        return error == null ? "unknown error" : error.type() + ": " + error.reason();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    static String addresses(List<URI> cluster) {
        return String.join(",", cluster.stream().map(URI::toString).toList());
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
