package org.mufakat.commitments.web;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingChoiceTests {

    @Test
    void blankIsNoMeetingAndAnIdIsThatMeeting() {
        var problems = new RuleViolation.Collector();
        MeetingId id = MeetingId.random();

        assertThat(MeetingChoice.of(" ", problems)).isNull();
        assertThat(MeetingChoice.of(" " + id + " ", problems)).isEqualTo(id);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void anUnreadableValueIsAMessageAtTheMeetingField() {
        var problems = new RuleViolation.Collector();

        assertThat(MeetingChoice.of("57th AMM", problems)).isNull();
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations())
                .extracting(RuleViolation.Violation::field, RuleViolation.Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("meeting", "commitments.meeting.unknown")));
    }

    @Test
    void aReviewNeedsAMeetingAndTellsAnUnreadableOneApart() {
        ReviewForm none = new ReviewForm();
        ReviewForm garbage = new ReviewForm();
        garbage.setMeeting("not-an-id");

        assertThatThrownBy(none::meetingId).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.violations().getFirst().code()).isEqualTo("plan.review.meeting.required"));
        assertThatThrownBy(garbage::meetingId).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.violations().getFirst().code()).isEqualTo("commitments.meeting.unknown"));
    }
}
