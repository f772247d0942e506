package org.upright.search;

import java.util.List;

/**
 * Near-identical asks across mechanisms and cycles ("ratify ICRMW" from four bodies): what a focal point tracks
 * once. {@code members} are ordered by year; {@code label} is the text of the most central member.
 */
public record Cluster(String id, String label, List<SearchHit> members) {

    public Cluster {
        members = List.copyOf(members);
    }
}
