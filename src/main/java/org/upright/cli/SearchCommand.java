package org.upright.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.common.UsageException;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;
import org.upright.search.SearchResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright search QUERY}: what the UN said, found at once, with facets and the source sentence. */
@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Search statements, recommendations and paragraphs, with facets and highlights.",
        description = {"QUERY: words (any form: \"tortured\" finds torture), \"exact phrases\", prefix*, AND / OR / "
                + "NOT, parentheses, and fields: speaker:CAT country:KAZ year:2009 year:[2004 TO 2010] "
                + "kind:recommendation mechanism:treaty-body type:recommendation document:\"A/HRC/14/10\" "
                + "position:supported. An empty query (\"\") lists everything the filters keep."})
final class SearchCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Mixin
    SearchFilters searchFilters;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query; quote it in the shell.")
    String query;

    @Option(names = "--country", paramLabel = "ISO3", split = ",", description = "Only these States (KAZ,SVN).")
    List<String> countries;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance or date (newest first; default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: "
            + "${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default: "
            + "${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--clusters", description = "Group the matching recommendations into clusters of near-identical "
            + "asks (what a focal point tracks once) instead of listing hits.")
    boolean clusters;

    @Option(names = "--threshold", paramLabel = "0..1", defaultValue = "0.5",
            description = "How alike the asks of a cluster must be (default: ${DEFAULT-VALUE}; higher is stricter).")
    double threshold;

    @Option(names = "--similar", paramLabel = "ID", description = "The entries most like this one (an id from a "
            + "hit, e.g. r:3:41): more like this. QUERY is then ignored; give \"\".")
    String similar;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    SearchCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format \"" + format + "\": use text or json");
        }
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new UsageException("unknown order \"" + sort + "\": use relevance or date");
        }
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT || page < 1) {
            throw new UsageException("--limit must be 1.." + SearchQuery.MAX_LIMIT + " and --page at least 1");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        SearchFilters.put(filters, "country", countries);
        searchFilters.into(filters);
        SearchQuery q = new SearchQuery(query, filters, sort.equals("date") ? SearchQuery.Sort.DATE
                : SearchQuery.Sort.RELEVANCE, (page - 1) * limit, limit, true, true);
        PrintWriter out = spec.commandLine().getOut();
        if (threshold < 0 || threshold > 1) {
            throw new UsageException("--threshold must be between 0 and 1");
        }
        try (Backend backend = backends.apply(storage.location())) {
            if (similar != null) {
                List<SearchHit> hits = backend.search().similar(similar, limit);
                if (format.equals("json")) {
                    out.println(SearchResultJson.write(new SearchResult(hits.size(), hits, Map.of())));
                } else {
                    out.printf("%d entr%s like %s%n", hits.size(), hits.size() == 1 ? "y" : "ies", similar);
                    SearchText.hits(out, hits);
                }
            } else if (clusters) {
                List<Cluster> found = backend.search().clusters(q, threshold);
                if (format.equals("json")) {
                    out.println(SearchResultJson.writeClusters(found));
                } else {
                    SearchText.clusters(out, found);
                }
            } else {
                SearchResult result = backend.search().search(q);
                if (format.equals("json")) {
                    out.println(SearchResultJson.write(result));
                } else {
                    SearchText.print(out, q, result);
                }
            }
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }
}
