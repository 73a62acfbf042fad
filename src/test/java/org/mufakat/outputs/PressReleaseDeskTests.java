package org.mufakat.outputs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.outputs.PressReleaseEvents.PressReleaseIssued;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.EditConflict.FieldChange;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Chair's press release: assembled from a meeting's record, revised under optimistic locking, issued once and then
 * frozen, and hidden from everyone but its drafters until issued. Meetings of their own: SOMs in November 2024.
 */
@SpringBootTest
@RecordApplicationEvents
class PressReleaseDeskTests {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    PressReleaseDesk desk;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void assemblesThe57thAmmInVientianeInBothLanguagesWithVietNamsHeadOnTheMinistersBehalf() {
        MeetingId amm = meetingOn("AMM", LocalDate.of(2024, 7, 25));

        PressReleaseText draft = as("lao2024", "CHAIR_SECRETARIAT:2024", () -> desk.assemble(amm));

        assertThat(draft.titleEn()).isEqualTo("Chair's Press Release of the 57th ASEAN Foreign Ministers' Meeting");
        assertThat(draft.titleVi()).isEqualTo("Thông cáo báo chí của Chủ tịch Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(draft.bodyEn()).startsWith("1. The 57th ASEAN Foreign Ministers' Meeting was held on 25 July 2024 in Vientiane, Laos, "
                + "under the chairmanship of Lao PDR.");
        assertThat(draft.bodyEn()).contains("2. The Meeting was attended by:\n");
        assertThat(draft.bodyEn()).contains("\n- Viet Nam: Đỗ Hùng Việt, Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam, "
                + "on behalf of Bùi Thanh Sơn");
        assertThat(draft.bodyVi()).startsWith("1. Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã diễn ra tại Viêng Chăn, Lào ngày 25/7/2024, "
                + "dưới sự chủ trì của Lào.");
        assertThat(draft.bodyVi()).contains("2. Tham dự Hội nghị có:\n");
        assertThat(draft.bodyVi()).contains("\n- Việt Nam: Đỗ Hùng Việt, Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN Việt Nam, thay mặt Bùi Thanh Sơn");
        // No outcome documents are on record yet, so the draft claims none.
        assertThat(draft.bodyEn()).doesNotContain("3.");
        // Assembling stores nothing.
        assertThat(as("lao2024", "CHAIR_SECRETARIAT:2024", () -> desk.find(amm))).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedWithTheOtherEditorsChangeAndNothingIsOverwritten() {
        MeetingId som = newSom();
        PressReleaseView drafted = asRecordKeeper(() -> desk.save(som, text("First draft."), null));
        PressReleaseView first = asRecordKeeper(() -> desk.save(som, text("Revised by the first editor."), drafted.version()));

        EditConflict conflict = catchThrowableOfType(EditConflict.class,
                () -> as("lao2024", "CHAIR_SECRETARIAT:2024", () -> desk.save(som, text("Revised by the second editor."), drafted.version())));

        assertThat(conflict).isNotNull();
        assertThat(conflict.expectedVersion()).isEqualTo(drafted.version());
        assertThat(conflict.currentVersion()).isEqualTo(first.version());
        assertThat(conflict.changes()).containsExactly(new FieldChange("bodyEn", "First draft.", "Revised by the first editor."),
                new FieldChange("bodyVi", "Nội dung: First draft.", "Nội dung: Revised by the first editor."));
        PressReleaseView now = asRecordKeeper(() -> desk.find(som)).orElseThrow();
        assertThat(now.text().bodyEn()).isEqualTo("Revised by the first editor.");
        assertThat(now.revisedBy()).isEqualTo("asec");
        assertThat(now.draftedBy()).isEqualTo("asec");
    }

    @Test
    void aSecondFirstDraftIsAConflictShowingTheDraftThatExists() {
        MeetingId som = newSom();
        asRecordKeeper(() -> desk.save(som, text("Drafted first."), null));

        EditConflict conflict = catchThrowableOfType(EditConflict.class,
                () -> as("lao2024", "CHAIR_SECRETARIAT:2024", () -> desk.save(som, text("Drafted second."), null)));

        assertThat(conflict).isNotNull();
        assertThat(conflict.changes()).contains(new FieldChange("bodyEn", null, "Drafted first."));
    }

    @Test
    void aDraftWithoutItsVietnameseTextIsRefusedNamingTheFieldAndNothingIsStored() {
        MeetingId som = newSom();

        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                () -> asRecordKeeper(() -> desk.save(som, new PressReleaseText("Title", "Tiêu đề", "Text.", "  "), null)));

        assertThat(refused.violations()).extracting(RuleViolation.Violation::field).containsExactly("bodyVi");
        assertThat(asRecordKeeper(() -> desk.find(som))).isEmpty();
    }

    @Test
    void issuingPublishesTheReleaseRecordsTheEventAndFreezesIt() {
        MeetingId som = newSom();
        PressReleaseView draft = asRecordKeeper(() -> desk.save(som, text("To be issued."), null));
        assertThat(as("jpn", "PARTNER_OFFICER:JPN", () -> desk.find(som))).as("a draft is not there for a partner").isEmpty();
        assertThat(desk.find(som)).as("nor for the public").isEmpty();

        PressReleaseView issued = as("lao2024", "CHAIR_SECRETARIAT:2024", () -> desk.issue(som, draft.version()));

        assertThat(issued.status()).isEqualTo(PressReleaseStatus.ISSUED);
        assertThat(issued.issuedBy()).isEqualTo("lao2024");
        assertThat(issued.issuedAt()).isNotNull();
        assertThat(events.stream(PressReleaseIssued.class)).singleElement()
                .satisfies(event -> {
                    assertThat(event.meeting()).isEqualTo(som);
                    assertThat(event.pressRelease()).isEqualTo(issued.id());
                    assertThat(event.issuedBy()).isEqualTo("lao2024");
                });
        assertThat(desk.find(som)).as("the public reads an issued release").hasValueSatisfying(
                release -> assertThat(release.text().bodyEn()).isEqualTo("To be issued."));

        assertThatThrownBy(() -> asRecordKeeper(() -> desk.save(som, text("Changed after issue."), issued.version())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> asRecordKeeper(() -> desk.issue(som, issued.version())))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> jdbc.sql("update press_release set body_en = 'tampered' where id = ?").param(issued.id().value()).update())
                .as("the database refuses too").isInstanceOf(DataAccessException.class);
        assertThat(desk.find(som).orElseThrow().text().bodyEn()).isEqualTo("To be issued.");
    }

    @Test
    void issuingAVersionOtherThanTheOneReadIsAConflict() {
        MeetingId som = newSom();
        PressReleaseView draft = asRecordKeeper(() -> desk.save(som, text("Read by the issuer."), null));
        asRecordKeeper(() -> desk.save(som, text("Changed meanwhile."), draft.version()));

        assertThatThrownBy(() -> asRecordKeeper(() -> desk.issue(som, draft.version()))).isInstanceOf(EditConflict.class);
        assertThat(asRecordKeeper(() -> desk.find(som)).orElseThrow().status()).isEqualTo(PressReleaseStatus.DRAFT);
    }

    @Test
    void onlyTheYearsChairSecretariatAndTheRecordKeepersMayDraft() {
        MeetingId som = newSom();

        assertThatThrownBy(() -> as("phl2026", "CHAIR_SECRETARIAT:2026", () -> desk.assemble(som))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> as("vnm", "DELEGATION_OFFICER:VNM", () -> desk.save(som, text("Not theirs."), null)))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> desk.assemble(som)).isInstanceOf(AccessRefused.class);
        assertThat(as("lao2024", "CHAIR_SECRETARIAT:2024", () -> desk.save(som, text("The chair's."), null)).status())
                .isEqualTo(PressReleaseStatus.DRAFT);
    }

    private static PressReleaseText text(String bodyEn) {
        return new PressReleaseText("Chair's Press Release", "Thông cáo báo chí của Chủ tịch", bodyEn, "Nội dung: " + bodyEn);
    }

    private MeetingId newSom() {
        LocalDate day = LocalDate.of(2024, 11, 1).plusDays(DAY.getAndIncrement() % 28);
        MeetingPlan plan = new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null,
                MeetingFormat.IN_PERSON, LocalizedText.of("Vientiane", "Viêng Chăn"), "LA", null, null, null, null, Set.of());
        return actor.asSystem("press-release-tests", () -> calendar.schedule(plan)).id();
    }

    private MeetingId meetingOn(String series, LocalDate day) {
        return calendar.meetings(new MeetingFilter(day, day, null, null, null, null, 0, 50)).meetings().stream()
                .filter(m -> m.series().value().equals(series)).map(MeetingSummary::id).findFirst().orElseThrow();
    }

    private static <T> T asRecordKeeper(Supplier<T> work) {
        return as("asec", "ASEAN_SECRETARIAT", work);
    }

    private static <T> T as(String name, String authority, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(name, null, authority));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
