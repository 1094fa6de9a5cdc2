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

    /**
     * A seat in a legislature ("Senator of Argentina", "Member of the Bundestag"): an office many hold at
     * once, so that holding one says nothing of whom a person succeeds.
     */
    public boolean isSeat() {
        return kind.equals("seat") || isRegionalSeat();
    }

    /** A seat in a province's or state's legislature ("Member of Provincial Parliament", "MLA"): of its region only. */
    public boolean isRegionalSeat() {
        return kind.equals("regional-seat");
    }

    /** A title of a country's government (head of state or government, minister, deputy): "president", "foreign minister". */
    public boolean isNational() {
        return switch (kind) {
            case "head-of-state", "head-of-government", "minister", "deputy", "government" -> true;
            default -> false;
        };
    }
}
