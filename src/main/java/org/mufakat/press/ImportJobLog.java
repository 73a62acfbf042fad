package org.mufakat.press;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The background imports and their outcomes so far, in {@code press_import_job} and {@code press_import_outcome}. */
@Repository
class ImportJobLog {

    record Entry(UUID id, String owner, int total, List<ImportOutcome> outcomes, Instant heartbeat, Instant ended) {
    }

    private final JdbcClient jdbc;

    ImportJobLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, String owner, int total, Instant now) {
        jdbc.sql("insert into press_import_job (id, owner, total, started_at, heartbeat_at) values (?, ?, ?, ?, ?)")
                .params(id, owner, total, Timestamp.from(now), Timestamp.from(now)).update();
    }

    void add(UUID job, ImportOutcome outcome, Instant now) {
        jdbc.sql("""
                        insert into press_import_outcome (job_id, position, name, result, report_id, original_id, reason_code, reason)
                        select ?, coalesce(max(position), -1) + 1, ?, ?, ?, ?, ?, ? from press_import_outcome where job_id = ?""")
                .params(job, outcome.name(), outcome.result().name(), outcome.report() == null ? null : outcome.report().value(),
                        outcome.original() == null ? null : outcome.original().value(), outcome.reasonCode(), outcome.reason(), job)
                .update();
        jdbc.sql("update press_import_job set heartbeat_at = ? where id = ?").params(Timestamp.from(now), job).update();
    }

    void end(UUID job, Instant now) {
        jdbc.sql("update press_import_job set ended_at = ?, heartbeat_at = ? where id = ?").params(Timestamp.from(now), Timestamp.from(now), job)
                .update();
    }

    Optional<Entry> find(UUID id) {
        return jdbc.sql("select id, owner, total, heartbeat_at, ended_at from press_import_job where id = ?").param(id)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getInt("total"), outcomes(id),
                        rs.getTimestamp("heartbeat_at").toInstant(),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant()))
                .optional();
    }

    void forgetEndedBefore(Instant limit) {
        jdbc.sql("delete from press_import_job where coalesce(ended_at, heartbeat_at) < ?").param(Timestamp.from(limit)).update();
    }

    private List<ImportOutcome> outcomes(UUID job) {
        return jdbc.sql("""
                        select name, result, report_id, original_id, reason_code, reason from press_import_outcome
                        where job_id = ? order by position""")
                .param(job)
                .query((rs, n) -> new ImportOutcome(rs.getString("name"), ImportOutcome.Result.valueOf(rs.getString("result")),
                        rs.getObject("report_id", UUID.class) == null ? null : new ReportId(rs.getObject("report_id", UUID.class)),
                        rs.getObject("original_id", UUID.class) == null ? null : new ReportId(rs.getObject("original_id", UUID.class)),
                        rs.getString("reason_code"), rs.getString("reason")))
                .list();
    }
}
