package org.mufakat.organisation;

import org.mufakat.organisation.DefinitionSections.FrameworkEntry;
import org.mufakat.organisation.DefinitionSections.MembershipEntry;
import org.mufakat.organisation.DefinitionSections.OrganisationEntry;
import org.mufakat.organisation.DefinitionSections.PartyEntry;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The organisation's tables: written by the definition import, read into snapshots. */
@Repository
class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> importedVersion(String organisationCode) {
        return jdbc.sql("select version from organisation_definition where code = ?")
                .param(organisationCode).query(String.class).optional();
    }

    void store(OrganisationDefinition definition, OrganisationEntry organisation, List<PartyEntry> parties,
               List<MembershipEntry> membership, List<FrameworkEntry> frameworks, Instant now) {
        jdbc.sql("""
                        insert into organisation_definition (code, version, checksum, imported_at, name_en, name_vi,
                            short_name_en, short_name_vi, time_zone)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set version = excluded.version, checksum = excluded.checksum,
                            imported_at = excluded.imported_at, name_en = excluded.name_en, name_vi = excluded.name_vi,
                            short_name_en = excluded.short_name_en, short_name_vi = excluded.short_name_vi,
                            time_zone = excluded.time_zone""")
                .params(organisation.code(), definition.version(), definition.checksum(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        organisation.name().en(), organisation.name().vi(), organisation.shortName().en(),
                        organisation.shortName().vi(), organisation.timeZone())
                .update();
        for (PartyEntry party : parties) {
            LocalizedText shortName = party.shortName() == null ? party.name() : party.shortName();
            jdbc.sql("""
                            insert into party (code, kind, country_iso, time_zone, name_en, name_vi, short_name_en, short_name_vi)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (code) do update set kind = excluded.kind, country_iso = excluded.country_iso,
                                time_zone = excluded.time_zone, name_en = excluded.name_en, name_vi = excluded.name_vi,
                                short_name_en = excluded.short_name_en, short_name_vi = excluded.short_name_vi""")
                    .params(party.code(), party.kind().name(), party.country(), party.timeZone(), party.name().en(),
                            party.name().vi(), shortName.en(), shortName.vi())
                    .update();
        }
        jdbc.sql("delete from organisation_membership").update();
        for (MembershipEntry entry : membership) {
            jdbc.sql("insert into organisation_membership (party_code, role, valid_from, valid_to) values (?, ?, ?, ?)")
                    .params(entry.party(), entry.role().name(), date(entry.from()), date(entry.to()))
                    .update();
        }
        jdbc.sql("delete from framework_seat").update();
        int position = 0;
        for (FrameworkEntry framework : frameworks) {
            LocalizedText shortName = framework.shortName() == null ? framework.name() : framework.shortName();
            jdbc.sql("""
                            insert into framework (code, family, partner_code, seats_members, seats_observers, name_en,
                                name_vi, short_name_en, short_name_vi, position)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (code) do update set family = excluded.family, partner_code = excluded.partner_code,
                                seats_members = excluded.seats_members, seats_observers = excluded.seats_observers,
                                name_en = excluded.name_en, name_vi = excluded.name_vi, short_name_en = excluded.short_name_en,
                                short_name_vi = excluded.short_name_vi, position = excluded.position""")
                    .params(framework.code(), framework.family(), framework.partner(), framework.members(),
                            framework.observers(), framework.name().en(), framework.name().vi(), shortName.en(),
                            shortName.vi(), position++)
                    .update();
            for (MembershipEntry seat : framework.participants()) {
                jdbc.sql("insert into framework_seat (framework_code, party_code, role, valid_from, valid_to) values (?, ?, ?, ?, ?)")
                        .params(framework.code(), seat.party(), seat.role().name(), date(seat.from()), date(seat.to()))
                        .update();
            }
        }
    }

    OrganisationSnapshot load() {
        Optional<OrganisationInfo> info = jdbc.sql("select * from organisation_definition order by imported_at desc limit 1")
                .query((rs, n) -> new OrganisationInfo(rs.getString("code"), text(rs, "name"), text(rs, "short_name"),
                        ZoneId.of(rs.getString("time_zone")), rs.getString("version")))
                .optional();
        if (info.isEmpty()) {
            return OrganisationSnapshot.empty();
        }
        List<Party> parties = jdbc.sql("select * from party").query((rs, n) -> new Party(
                new PartyCode(rs.getString("code")), PartyKind.valueOf(rs.getString("kind")), rs.getString("country_iso"),
                ZoneId.of(rs.getString("time_zone")), text(rs, "name"), text(rs, "short_name"))).list();
        List<Framework> frameworks = jdbc.sql("select * from framework order by position").query((rs, n) -> new Framework(
                new FrameworkCode(rs.getString("code")), rs.getString("family"),
                rs.getString("partner_code") == null ? null : new PartyCode(rs.getString("partner_code")),
                rs.getBoolean("seats_members"), rs.getBoolean("seats_observers"), text(rs, "name"), text(rs, "short_name"))).list();
        List<Membership> membership = jdbc.sql("select * from organisation_membership order by valid_from nulls first, id")
                .query((rs, n) -> membership(rs)).list();
        Map<FrameworkCode, List<Membership>> seats = new HashMap<>(jdbc.sql("select * from framework_seat order by id")
                .query((rs, n) -> Map.entry(new FrameworkCode(rs.getString("framework_code")), membership(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
        List<Admission> admissions = admissions();
        return OrganisationSnapshot.of(info.get(), parties, frameworks, Admissions.applyToMembership(membership, admissions),
                Admissions.applyToSeats(seats, frameworks, membership, admissions));
    }

    List<Admission> admissions() {
        return jdbc.sql("select party_code, admitted_on from organisation_admission order by admitted_on, party_code")
                .query((rs, n) -> new Admission(new PartyCode(rs.getString("party_code")), rs.getDate("admitted_on").toLocalDate()))
                .list();
    }

    /** Records the admission, replacing an earlier one of the party; answers the date it replaced. */
    Optional<LocalDate> storeAdmission(Admission admission, String recordedBy, Instant now) {
        Optional<LocalDate> previous = jdbc.sql("select admitted_on from organisation_admission where party_code = ? for update")
                .param(admission.party().value()).query(LocalDate.class).optional();
        jdbc.sql("""
                        insert into organisation_admission (party_code, admitted_on, recorded_at, recorded_by) values (?, ?, ?, ?)
                        on conflict (party_code) do update set admitted_on = excluded.admitted_on,
                            recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .params(admission.party().value(), date(admission.admittedOn()), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), recordedBy)
                .update();
        return previous;
    }

    /** The party's standing as the definition file gives it, without recorded admissions. */
    List<Membership> membershipByFile(PartyCode party) {
        return jdbc.sql("select * from organisation_membership where party_code = ? order by valid_from nulls first, id")
                .param(party.value()).query((rs, n) -> membership(rs)).list();
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(new PartyCode(rs.getString("party_code")), Role.valueOf(rs.getString("role")),
                new Period(localDate(rs.getDate("valid_from")), localDate(rs.getDate("valid_to"))));
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(rs.getString(prefix + "_en"), rs.getString(prefix + "_vi"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
