package org.mufakat.access;

import java.util.Map;
import org.mufakat.audit.AuditLog;
import org.mufakat.audit.AuditEvent;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.AccessRefused;
import org.springframework.stereotype.Service;

/**
 * Who may see and change what, decided here and nowhere else. Modules ask with the facts that matter (the year
 * of a meeting, the party of a delegation); the published calendar, chair years, countries and people are public.
 */
@Service
public class AccessPolicy {

    private final CurrentActor current;
    private final AuditLog audit;

    AccessPolicy(CurrentActor current, AuditLog audit) {
        this.current = current;
        this.audit = audit;
    }

    public Actor actor() {
        return current.get();
    }

    /** Schedules or revises a meeting of the year: the record keepers and that year's chair secretariat. */
    public boolean mayPlanMeetings(Actor actor, int year) {
        return actor.system() || keepsTheRecord(actor) || actor.chairsYear(year);
    }

    /** Names a bundle of meetings ("... Summits and Related Summits"): the record keepers and any chair secretariat. */
    public boolean mayNameBundles(Actor actor) {
        return actor.system() || keepsTheRecord(actor) || actor.has(Role.CHAIR_SECRETARIAT);
    }

    /** Registers or recomposes a party's delegation at a meeting of the year: also the party's own officers. */
    public boolean mayComposeDelegation(Actor actor, PartyCode party, int year) {
        return mayPlanMeetings(actor, year) || actor.speaksFor(party);
    }

    /** Records a bilateral meeting: as for either side's delegation. */
    public boolean mayRecordBilateral(Actor actor, PartyCode party, PartyCode counterpart, int year) {
        return mayComposeDelegation(actor, party, year) || actor.speaksFor(counterpart);
    }

    /** Registers or revises a person of the party (null: a person of no party). */
    public boolean mayRecordPerson(Actor actor, PartyCode party) {
        return actor.system() || keepsTheRecord(actor) || actor.has(Role.CHAIR_SECRETARIAT)
                || (party != null && actor.speaksFor(party));
    }

    /** Records a year's chair, theme, priorities and initiatives. */
    public boolean mayDescribeChairYear(Actor actor, int year) {
        return actor.system() || keepsTheRecord(actor) || actor.chairsYear(year);
    }

    /** Accounts, grants and the audit log. */
    public boolean mayAdminister(Actor actor) {
        return actor.system() || actor.has(Role.ADMINISTRATOR);
    }

    /** A delegation's private notes: only that delegation's own officers, not even administrators. */
    public boolean mayReadNotesOf(Actor actor, PartyCode party) {
        return actor.speaksFor(party);
    }

    /** Refuses unless the decision allows; {@code action} says what was attempted, for the refusal and the audit. */
    public void require(boolean allowed, String action) {
        if (!allowed) {
            // Recorded in its own transaction: the refused change rolls back, its refusal stays on record.
            audit.recordIndependently(AuditEvent.of("access.refused", null, null).withDetails(Map.of("action", action)));
            throw new AccessRefused(action, actor().name());
        }
    }

    // --- outputs ---

    /** Drafts, revises, reads unissued and issues the Chair's press release of a meeting of the year. */
    public boolean mayDraftPressRelease(Actor actor, int year) {
        return actor.system() || keepsTheRecord(actor) || actor.chairsYear(year);
    }

    private static boolean keepsTheRecord(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) || actor.has(Role.ASEAN_SECRETARIAT);
    }

    // --- commitments ---

    /** Records or revises plans of action and standing issues, and the meetings' reviews of plans: the record keepers. */
    public boolean mayRecordCommitments(Actor actor) {
        return actor.system() || keepsTheRecord(actor);
    }

    /**
     * Files a party's implementation report, its proposal under a plan or a statement its head made at a meeting:
     * the record keepers and the party's own officers.
     */
    public boolean mayReportFor(Actor actor, PartyCode party) {
        return actor.system() || keepsTheRecord(actor) || actor.speaksFor(party);
    }

    /**
     * Records an initiative and what becomes of it: the record keepers, the chair secretariat of its year, and the
     * officers of the member that proposed it (null for the Chair's own).
     */
    public boolean mayRecordInitiative(Actor actor, int year, PartyCode proposer) {
        return actor.system() || keepsTheRecord(actor) || actor.chairsYear(year) || (proposer != null && actor.speaksFor(proposer));
    }

    // --- documents ---

    /**
     * Reads an outcome document. Published public documents: everyone. Otherwise (drafts, restricted papers) only who
     * sits at the framework's table as a member or participant at the date ({@code participants}: observers only where
     * the framework counts them), the record keepers and the chair secretariats.
     */
    public boolean mayReadDocument(Actor actor, java.util.Collection<PartyCode> participants, boolean published, boolean restricted) {
        return (published && !restricted) || actor.system() || keepsTheRecord(actor) || actor.has(Role.CHAIR_SECRETARIAT)
                || participants.stream().anyMatch(actor::speaksFor);
    }

    /** Reads a state's position on a document: the framework's member states ({@code members}) see all; partners their own. */
    public boolean mayReadPositionOf(Actor actor, PartyCode party, java.util.Collection<PartyCode> members) {
        return actor.system() || keepsTheRecord(actor) || actor.has(Role.CHAIR_SECRETARIAT) || actor.speaksFor(party)
                || members.stream().anyMatch(actor::speaksFor);
    }

    /** Holds the pen on a document of the year (registers it, saves its text, settles amendments): the Chair or the lead. */
    public boolean mayHoldPen(Actor actor, int year, PartyCode lead) {
        return actor.system() || keepsTheRecord(actor) || actor.chairsYear(year) || (lead != null && actor.speaksFor(lead));
    }

    /** Speaks for a state on a document: its positions, amendments, breaking silence; the record keepers note them too. */
    public boolean mayActForParty(Actor actor, PartyCode party) {
        return actor.system() || keepsTheRecord(actor) || actor.speaksFor(party);
    }

    /** Records a meeting's decision on a document, or runs a silence procedure, at a meeting of the year: the Chair. */
    public boolean mayDecideOnDocuments(Actor actor, int year) {
        return actor.system() || keepsTheRecord(actor) || actor.chairsYear(year);
    }

    // --- relations ---

    /** Records dialogue relations' levels, decisions on country coordinators and roadmaps to membership: the record keepers. */
    public boolean mayRecordRelations(Actor actor) {
        return actor.system() || keepsTheRecord(actor);
    }

    /** Records a candidate's admission to membership: administrators and the ASEAN Secretariat only. */
    public boolean mayRecordAdmission(Actor actor) {
        return actor.system() || actor.has(Role.ADMINISTRATOR) || actor.has(Role.ASEAN_SECRETARIAT);
    }

    // --- press ---

    /** Imports news reports into the press intake: the record keepers, chair secretariats and delegation officers. */
    public boolean mayImportReports(Actor actor) {
        return actor.system() || keepsTheRecord(actor) || actor.has(Role.CHAIR_SECRETARIAT) || actor.has(Role.DELEGATION_OFFICER);
    }

    /**
     * Reads imported reports with their proposed facts and accepts, corrects or rejects them: as for importing. What
     * an accepted fact changes, the module that keeps the record decides again (a Viet Nam officer may name Viet Nam's
     * head of delegation, not schedule a meeting).
     */
    public boolean mayReviewReports(Actor actor) {
        return mayImportReports(actor);
    }

    // --- search ---

    /**
     * Finds an entry in search: a public one anyone; a restricted one (a draft, a restricted paper) exactly who may
     * read such a document of the framework at the entry's date ({@code participants}), as {@link #mayReadDocument} says.
     */
    public boolean mayFind(Actor actor, boolean restricted, java.util.Collection<PartyCode> participants) {
        return !restricted || mayReadDocument(actor, participants, false, true);
    }

    /** Finds an imported press report in search: exactly who may review reports, as the report's page is theirs alone. */
    public boolean mayFindReport(Actor actor) {
        return mayReviewReports(actor);
    }

    // --- commitments forms ---

    /**
     * Offers the form for proposing an initiative: who {@link #mayRecordInitiative} allows for some year and some
     * member (the record keepers, the chair secretariats, members' and observers' officers, an observer being a
     * member to be). Saving decides again with the initiative's year and proposer.
     */
    public boolean mayRecordSomeInitiative(Actor actor) {
        return actor.system() || keepsTheRecord(actor) || actor.has(Role.CHAIR_SECRETARIAT) || actor.has(Role.DELEGATION_OFFICER)
                || actor.has(Role.OBSERVER);
    }

    // --- documents record ---

    /**
     * Revises what was registered about a document of the year (titles, lead, classification, path): who holds the
     * pen on it, and, when the lead changes, on the new lead's document too, so that nobody hands the pen on alone.
     */
    public boolean mayReviseDocumentRecord(Actor actor, int year, PartyCode lead, PartyCode newLead) {
        return mayHoldPen(actor, year, lead) && mayHoldPen(actor, year, newLead);
    }
}
