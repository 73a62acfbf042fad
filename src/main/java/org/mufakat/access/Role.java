package org.mufakat.access;

/** What a person does in the meeting cycle; most roles are held for a scope (a chair year, a party). */
public enum Role {
    /** Runs the installation: accounts, audit. Sees no delegation's private notes. */
    ADMINISTRATOR(false),
    /** The Chair's national secretariat of one year: schedules its meetings, holds the pen. Scope: the year. */
    CHAIR_SECRETARIAT(true),
    /** The ASEAN Secretariat: keeps the record across all frameworks. */
    ASEAN_SECRETARIAT(false),
    /** A member state's officer: its delegations, positions, notes. Scope: the party. */
    DELEGATION_OFFICER(true),
    /** A dialogue partner's officer: the meetings and papers of its frameworks. Scope: the party. */
    PARTNER_OFFICER(true),
    /** An observer's officer (Timor-Leste before admission). Scope: the party. */
    OBSERVER(true);

    private final boolean scoped;

    Role(boolean scoped) {
        this.scoped = scoped;
    }

    public boolean isScoped() {
        return scoped;
    }
}
