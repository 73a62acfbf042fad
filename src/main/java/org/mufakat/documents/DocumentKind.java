package org.mufakat.documents;

/** What kind of outcome document it is; the abbreviation goes into its symbol ("ASEAN/2024/DECL/3"). */
public enum DocumentKind {
    DECLARATION("DECL"), JOINT_STATEMENT("JS"), LEADERS_STATEMENT("LS"), CHAIRMANS_STATEMENT("CS"), PLAN_OF_ACTION("POA"),
    WORK_PLAN("WP"), ROADMAP("RM"), VISION("VIS"), CONCEPT_NOTE("CN"), REPORT("REP"), TERMS_OF_REFERENCE("TOR"),
    PRESS_RELEASE("PR");

    private final String abbreviation;

    DocumentKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The Chair's own papers: issued by the Chair alone, without consensus. */
    public boolean isChairs() {
        return this == CHAIRMANS_STATEMENT || this == PRESS_RELEASE;
    }
}
