package org.upright.search.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;

/**
 * Groups entries into clusters of near-identical asks from the words of their text (stemmed, stop words dropped):
 * the similarity of two entries is the cosine of their term-frequency vectors, and an entry joins the cluster all of
 * whose members it is at least {@code threshold} similar to (the most similar such cluster), so clusters do not
 * chain unlike asks together. Entries are taken by year, then id, which makes the result independent of the engine's
 * order of hits. Needs nothing of the engine but each entry's terms.
 */
final class AskClusters {

    private AskClusters() {
    }

    /** The clusters of two or more entries, largest first; {@code terms} holds each hit's term frequencies by id. */
    static List<Cluster> group(List<SearchHit> hits, Map<String, Map<String, Integer>> terms, double threshold) {
        List<Member> members = hits.stream()
                .sorted(Comparator.comparing(SearchHit::year, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SearchHit::id))
                .map(h -> new Member(h, unit(terms.getOrDefault(h.id(), Map.of()))))
                .toList();
        List<List<Member>> groups = new ArrayList<>();
        for (Member m : members) {
            List<Member> best = null;
            double bestSimilarity = -1;
            for (List<Member> group : groups) {
                double weakest = group.stream().mapToDouble(other -> cosine(m, other)).min().orElse(0);
                if (weakest >= threshold && weakest > bestSimilarity) {
                    best = group;
                    bestSimilarity = weakest;
                }
            }
            if (best == null) {
                groups.add(new ArrayList<>(List.of(m)));
            } else {
                best.add(m);
            }
        }
        return groups.stream().filter(g -> g.size() > 1)
                .sorted(Comparator.comparingInt((List<Member> g) -> -g.size()))
                .map(AskClusters::cluster)
                .toList();
    }

    /** The cluster's label and id come from its most central member: the one most similar to the others. */
    private static Cluster cluster(List<Member> group) {
        Member central = group.get(0);
        double most = -1;
        for (Member m : group) {
            double sum = group.stream().filter(o -> o != m).mapToDouble(o -> cosine(m, o)).sum();
            if (sum > most) {
                most = sum;
                central = m;
            }
        }
        return new Cluster("c:" + central.hit().id(), central.hit().text(), group.stream().map(Member::hit).toList());
    }

    private static Map<String, Double> unit(Map<String, Integer> frequencies) {
        double norm = Math.sqrt(frequencies.values().stream().mapToDouble(f -> (double) f * f).sum());
        return norm == 0 ? Map.of() : frequencies.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / norm));
    }

    private static double cosine(Member a, Member b) {
        Map<String, Double> small = a.vector().size() <= b.vector().size() ? a.vector() : b.vector();
        Map<String, Double> large = small == a.vector() ? b.vector() : a.vector();
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }

    private record Member(SearchHit hit, Map<String, Double> vector) {
    }
}
