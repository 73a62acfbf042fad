package org.mufakat.meetings;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors racing past the checks to the database: the constraints decide, and the loser is refused with the
 * same rule as if it had come second. Meetings in 2043.
 */
@AsRecordKeeper
@SpringBootTest
class ConcurrentRegistrationTests {

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    DelegationRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoEditorsSchedulingTheSameOrdinalAtOnceAreServedOneByOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            LocalDate day = LocalDate.of(2043, 3, 2).plusDays(round);
            Plans fmm = Plans.of("ASEAN+1 FMM", day).framework("ASEAN-CAN").ordinals(String.valueOf(180 + round));

            List<Object> outcomes = race(() -> calendar.schedule(fmm.plan()), () -> calendar.schedule(fmm.plan()));

            assertThat(outcomes).filteredOn(MeetingSummary.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RuleViolation.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(Refusals.codes((RuleViolation) refusal)).singleElement()
                            .isIn("meeting.ordinals.taken", "meeting.ordinals.takenMeanwhile"));
            assertThat(jdbc.sql("select count(*) from meeting where start_date = ?").param(day).query(Long.class).single()).isOne();
        }
    }

    @Test
    void twoClerksRegisteringTheSameDelegationAtOnceAreServedOneByOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            MeetingId som = calendar.schedule(Plans.of("SOM", LocalDate.of(2043, 4, 6).plusDays(round)).plan()).id();
            RegisterDelegation command = new RegisterDelegation(som, PartyCode.of("KHM"), null, List.of());

            List<Object> outcomes = race(() -> register.register(command), () -> register.register(command));

            assertThat(outcomes).filteredOn(DelegationDetails.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RuleViolation.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(Refusals.codes((RuleViolation) refusal)).containsExactly("delegation.party.alreadyRegistered"));
            assertThat(register.at(som)).hasSize(1);
        }
    }

    /** Runs both at the same moment; returns what each returned, or the exception it threw. */
    private static List<Object> race(Callable<?> first, Callable<?> second) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = new org.springframework.security.concurrent.DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> task : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    outcomes.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("A racer did not finish", e);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
