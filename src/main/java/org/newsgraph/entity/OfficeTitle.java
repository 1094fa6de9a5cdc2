package org.newsgraph.entity;

/**
 * An office title from the gazetteer: its canonical form ("Prime Minister") and its kind
 * (head-of-state, head-of-government, head, minister, party-leader, …).
 */
public record OfficeTitle(String name, String kind) {

    /** "Leader" of a country names no office: "the Russian leader" is a description of a person. */
    public boolean isPartyLeader() {
        return kind.equals("party-leader");
    }
}
