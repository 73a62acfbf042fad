package org.mufakat.meetings;

import org.mufakat.access.CurrentActor;
import org.mufakat.chair.ChairYearOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a year's chair is recorded or changed, the year's meetings that took their chair from it follow. */
@Component
class ChairYearFollower {

    private final MeetingCalendar calendar;
    private final CurrentActor actor;

    ChairYearFollower(MeetingCalendar calendar, CurrentActor actor) {
        this.calendar = calendar;
        this.actor = actor;
    }

    @ApplicationModuleListener
    void on(ChairYearOpened opened) {
        actor.asSystem("chair-year-follower", () -> calendar.followChairYear(opened.year(), opened.chair()));
    }
}
