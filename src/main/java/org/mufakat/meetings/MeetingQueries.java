package org.mufakat.meetings;

import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The calendar's read side: one SQL query per listing, no aggregate loading. */
@Repository
class MeetingQueries {

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final JdbcClient jdbc;
    private final SeriesCatalog series;
    private final Organisation organisation;

    MeetingQueries(JdbcClient jdbc, SeriesCatalog series, Organisation organisation) {
        this.jdbc = jdbc;
        this.series = series;
        this.organisation = organisation;
    }

    MeetingPage find(MeetingFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select m.*, s.level, count(*) over () as total
                from meeting m join meeting_series s on s.code = m.series_code
                where m.end_date >= ? and m.start_date <= ?""");
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(filter.from()), Date.valueOf(filter.to())));
        if (filter.framework() != null) {
            List<String> codes = organisation.frameworks().stream()
                    .filter(f -> f.belongsTo(filter.framework())).map(f -> f.code().value()).toList();
            sql.append(" and m.framework_code in (").append(placeholders(Math.max(codes.size(), 1))).append(')');
            params.addAll(codes.isEmpty() ? List.of("") : codes);
        }
        if (filter.level() != null) {
            sql.append(" and s.level = ?");
            params.add(filter.level().name());
        }
        if (filter.status() != null) {
            sql.append(" and m.status = ?");
            params.add(filter.status().name());
        }
        if (filter.country() != null) {
            appendAttendance(filter.country(), sql, params);
        }
        sql.append(" order by m.start_date, m.end_date, s.position, m.ordinal_first nulls first, m.framework_code limit ? offset ?");
        params.add(filter.size());
        params.add((long) filter.page() * filter.size());
        AtomicLong total = new AtomicLong();
        List<MeetingSummary> meetings = jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            total.set(rs.getLong("total"));
            return summary(rs);
        }).list();
        if (meetings.isEmpty() && filter.page() > 0) {
            total.set(count(filter));
        }
        return new MeetingPage(meetings, total.get(), filter.page(), filter.size());
    }

    List<MeetingSummary> byIds(Collection<MeetingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select m.*, s.level from meeting m join meeting_series s on s.code = m.series_code where m.id in ("
                        + placeholders(ids.size()) + ") order by m.start_date, s.position")
                .params(ids.stream().map(MeetingId::value).map(Object.class::cast).toList())
                .query((rs, n) -> summary(rs)).list();
    }

    List<MeetingSummary> preparing(MeetingId meeting) {
        return jdbc.sql("""
                        select m.*, s.level from meeting m join meeting_series s on s.code = m.series_code
                        join meeting_preparation p on p.meeting_id = m.id where p.prepares_id = ?
                        order by m.start_date, s.position""")
                .param(meeting.value()).query((rs, n) -> summary(rs)).list();
    }

    List<MeetingSummary> inBundle(BundleId bundle) {
        return jdbc.sql("""
                        select m.*, s.level from meeting m join meeting_series s on s.code = m.series_code
                        where m.bundle_id = ? order by m.start_date, s.position""")
                .param(bundle.value()).query((rs, n) -> summary(rs)).list();
    }

    /** Meetings of the series and framework whose ordinals overlap, other than the one being edited. */
    List<MeetingSummary> holdingOrdinals(SeriesCode seriesCode, FrameworkCode framework, Ordinals ordinals, MeetingId except) {
        return jdbc.sql("""
                        select m.*, s.level from meeting m join meeting_series s on s.code = m.series_code
                        where m.series_code = ? and m.framework_code = ? and m.status <> 'CANCELLED'
                          and m.ordinal_first <= ? and m.ordinal_last >= ? and m.id <> ?""")
                .params(seriesCode.value(), framework.value(), ordinals.last(), ordinals.first(),
                        except == null ? new UUID(0, 0) : except.value())
                .query((rs, n) -> summary(rs)).list();
    }

    Integer highestOrdinal(SeriesCode seriesCode, FrameworkCode framework) {
        return jdbc.sql("select max(ordinal_last) from meeting where series_code = ? and framework_code = ? and status <> 'CANCELLED'")
                .params(seriesCode.value(), framework.value()).query(Integer.class).optional().orElse(null);
    }

    List<Integer> ordinalsUsed(SeriesCode seriesCode, FrameworkCode framework, int from, int to) {
        return jdbc.sql("""
                        select g from meeting m, generate_series(m.ordinal_first, m.ordinal_last) g
                        where m.series_code = ? and m.framework_code = ? and m.status <> 'CANCELLED' and g between ? and ?""")
                .params(seriesCode.value(), framework.value(), from, to).query(Integer.class).list();
    }

    List<MeetingId> withChairFromChairYear(int year) {
        return jdbc.sql("""
                        select id from meeting where chair_from_chair_year
                        and start_date >= make_date(?, 1, 1) and start_date <= make_date(?, 12, 31)""")
                .params(year, year).query((rs, n) -> new MeetingId(rs.getObject("id", UUID.class))).list();
    }

    private long count(MeetingFilter filter) {
        return find(new MeetingFilter(filter.from(), filter.to(), filter.framework(), filter.level(), filter.country(),
                filter.status(), 0, 1)).total();
    }

    /** A party attends where it has a recorded delegation or, by its seat, sits at the framework's table. */
    private void appendAttendance(PartyCode party, StringBuilder sql, List<Object> params) {
        sql.append(" and (exists (select 1 from delegation d where d.meeting_id = m.id and d.party_code = ?)");
        params.add(party.value());
        Map<FrameworkCode, List<Period>> seats = organisation.seatPeriodsOf(party);
        seats.forEach((framework, periods) -> periods.forEach(period -> {
            sql.append(" or (m.framework_code = ? and m.start_date between ? and ?)");
            params.add(framework.value());
            params.add(Date.valueOf(period.from() == null ? EARLIEST : period.from()));
            params.add(Date.valueOf(period.to() == null ? LATEST : period.to()));
        }));
        sql.append(')');
    }

    MeetingSummary summary(ResultSet rs) throws SQLException {
        SeriesCode seriesCode = new SeriesCode(rs.getString("series_code"));
        FrameworkCode frameworkCode = new FrameworkCode(rs.getString("framework_code"));
        Ordinals ordinals = rs.getObject("ordinal_first") == null ? null
                : new Ordinals(rs.getInt("ordinal_first"), rs.getInt("ordinal_last"));
        LocalizedText override = LocalizedText.optional(rs.getString("title_en"), rs.getString("title_vi"));
        LocalizedText title = override != null ? override : title(seriesCode, frameworkCode, ordinals);
        String chair = rs.getString("chair_code");
        Object bundle = rs.getObject("bundle_id");
        return new MeetingSummary(new MeetingId(rs.getObject("id", UUID.class)), seriesCode, frameworkCode,
                Level.valueOf(rs.getString("level")), ordinals, title,
                new MeetingDates(rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate()),
                ZoneId.of(rs.getString("time_zone")), MeetingFormat.valueOf(rs.getString("format")),
                LocalizedText.optional(rs.getString("city_en"), rs.getString("city_vi")), rs.getString("country_iso"),
                rs.getString("venue"), chair == null ? null : new PartyCode(chair), MeetingStatus.valueOf(rs.getString("status")),
                bundle == null ? null : new BundleId((UUID) bundle), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    LocalizedText title(SeriesCode seriesCode, FrameworkCode frameworkCode, Ordinals ordinals) {
        Framework framework = organisation.findFramework(frameworkCode).orElse(null);
        LocalizedText partner = framework == null || framework.partner() == null ? null
                : organisation.findParty(framework.partner()).map(Party::shortName).orElse(null);
        return series.find(seriesCode)
                .map(s -> s.title(ordinals, framework, partner))
                .orElse(LocalizedText.english(seriesCode.value()));
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
