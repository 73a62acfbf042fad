package org.mufakat.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain: intact after many appends, concurrent ones too; a past entry changed behind the application's back
 * (as the database superuser, with the append-only trigger disabled for one transaction) is found, and the entry
 * restored afterwards, since every test shares the one database and its one chain.
 */
@SpringBootTest
class AuditChainTests {

    private static final String SUBJECT_TYPE = "audit-chain-test";

    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theChainVerifiesAfterManyConcurrentAppendsWithoutForkOrGap() throws Exception {
        String run = UUID.randomUUID().toString();
        int threads = 8;
        int appendsPerThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(() -> {
                start.await();
                for (int i = 0; i < appendsPerThread; i++) {
                    int n = i;
                    if (n % 5 == 4) {
                        // A change that rolls back: its entry must leave no gap behind.
                        transactions.executeWithoutResult(status -> {
                            log.record(AuditEvent.of("test.rolled-back", SUBJECT_TYPE, run));
                            status.setRollbackOnly();
                        });
                    } else {
                        log.record(new AuditEvent("test.appended", SUBJECT_TYPE, run, null, Map.of("thread", "" + thread, "n", "" + n)));
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = writers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> entries = log.entries(AuditFilter.subject(SUBJECT_TYPE, run), PageRequest.of(0, 1000)).getContent();
        assertThat(entries).hasSize(threads * appendsPerThread * 4 / 5).allSatisfy(e -> assertThat(e.action()).isEqualTo("test.appended"));
        assertThat(entries).extracting(AuditEntry::seq).doesNotHaveDuplicates();
        assertThat(entries).extracting(AuditEntry::previousHash).doesNotHaveDuplicates();
        ChainVerification verification = log.verify();
        assertThat(verification.intact()).as(verification.summary()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(entries.getFirst().seq());
    }

    @Test
    void aPastEntryChangedInTheDatabaseIsFoundAtItsSequenceNumber() {
        AuditEntry target = append(Map.of("venue", "Ariyadhamma Hall"));
        append(Map.of("venue", "after the target"));

        asSuperuser(sql -> sql.sql("update audit_entry set after = '{\"venue\": \"Forged Hall\"}' where seq = ?").param(target.seq()).update(),
                () -> {
                    ChainVerification verification = log.verify();
                    assertThat(verification.intact()).isFalse();
                    assertThat(verification.brokenAt()).isEqualTo(target.seq());
                    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ALTERED_CONTENT);
                    assertThat(verification.entriesChecked()).isEqualTo(target.seq() - 1);
                    assertThat(verification.summary()).contains("BROKEN at entry " + target.seq());
                },
                sql -> sql.sql("update audit_entry set after = '{\"venue\": \"Ariyadhamma Hall\"}' where seq = ?").param(target.seq()).update());

        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aChangedEntryGivenAFreshHashBreaksTheLinkFromTheNextEntry() {
        AuditEntry target = append(Map.of("head", "Original Name"));
        append(Map.of("head", "the next entry"));
        String forgedHash = ChainHash.of(target.seq(), target.recordedAt(), target.actor(), target.action(), target.subjectType(),
                target.subjectId(), null, JsonMapper.builder().build().valueToTree(Map.of("head", "Forged Name")),
                target.clientAddress(), target.previousHash());

        asSuperuser(sql -> sql.sql("update audit_entry set after = '{\"head\": \"Forged Name\"}', hash = ? where seq = ?")
                        .params(forgedHash, target.seq()).update(),
                () -> {
                    ChainVerification verification = log.verify();
                    assertThat(verification.intact()).isFalse();
                    assertThat(verification.brokenAt()).isEqualTo(target.seq() + 1);
                    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.BROKEN_LINK);
                },
                sql -> sql.sql("update audit_entry set after = '{\"head\": \"Original Name\"}', hash = ? where seq = ?")
                        .params(target.hash(), target.seq()).update());

        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsReportedMissing() {
        AuditEntry target = append(Map.of("status", "PLANNED"));
        append(Map.of("status", "the next entry"));
        String storedAfter = jdbc.sql("select after::text from audit_entry where seq = ?").param(target.seq()).query(String.class).single();

        asSuperuser(sql -> sql.sql("delete from audit_entry where seq = ?").param(target.seq()).update(),
                () -> {
                    ChainVerification verification = log.verify();
                    assertThat(verification.brokenAt()).isEqualTo(target.seq());
                    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.MISSING_ENTRY);
                },
                sql -> sql.sql("""
                                insert into audit_entry (seq, recorded_at, actor, action, subject_type, subject_id, before, after,
                                                         client_address, previous_hash, hash)
                                values (?, ?, ?, ?, ?, ?, null, cast(? as jsonb), ?, ?, ?)""")
                        .params(target.seq(), OffsetDateTime.ofInstant(target.recordedAt(), ZoneOffset.UTC), target.actor(),
                                target.action(), target.subjectType(), target.subjectId(), storedAfter, target.clientAddress(), target.previousHash(), target.hash())
                        .update());

        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        AuditEntry entry = append(Map.of("venue", "Kept"));

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else' where seq = ?").param(entry.seq()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(entry.seq()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(entriesAbout(entry.subjectId())).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(entry.actor()));
    }

    @Test
    void theDatabaseRefusesAnEntryThatDoesNotContinueTheChain() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        insert into audit_entry (seq, recorded_at, actor, action, previous_hash, hash)
                        select max(seq) + 2, now(), 'intruder', 'test.forged', repeat('a', 64), repeat('b', 64) from audit_entry""")
                .update()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("does not continue the chain");
    }

    @Test
    void theVerifyCommandExitsZeroWhenTheChainIsIntactAndOneWhenItIsBroken() {
        AuditEntry target = append(Map.of("chair", "LAO"));

        Output intact = command();
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("Audit chain intact: ");

        asSuperuser(sql -> sql.sql("update audit_entry set actor = 'not who it was' where seq = ?").param(target.seq()).update(),
                () -> {
                    Output broken = command();
                    assertThat(broken.exitCode()).isEqualTo(1);
                    assertThat(broken.err()).contains("BROKEN at entry " + target.seq());
                },
                sql -> sql.sql("update audit_entry set actor = ? where seq = ?").params(target.actor(), target.seq()).update());
    }

    private record Output(int exitCode, String out, String err) {
    }

    private static Output command() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = AuditVerifyCommand.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private AuditEntry append(Map<String, String> after) {
        String subject = UUID.randomUUID().toString();
        log.recordIndependently("tester", new AuditEvent("test.appended", SUBJECT_TYPE, subject, null, after));
        return entriesAbout(subject).getFirst();
    }

    private List<AuditEntry> entriesAbout(String subject) {
        return log.entries(AuditFilter.subject(SUBJECT_TYPE, subject), PageRequest.of(0, 10)).getContent();
    }

    /**
     * Tampers as the superuser would: the append-only triggers disabled inside one transaction (so no other session
     * ever sees them off), then checks, then restores the entry the same way, whatever the checks found.
     */
    private void asSuperuser(Consumer<JdbcClient> tamper, Runnable check, Consumer<JdbcClient> restore) {
        bypassingTriggers(tamper);
        try {
            check.run();
        } finally {
            bypassingTriggers(restore);
        }
    }

    private void bypassingTriggers(Consumer<JdbcClient> change) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("alter table audit_entry disable trigger audit_entry_continues_chain").update();
            change.accept(jdbc);
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_continues_chain").update();
        });
    }
}
