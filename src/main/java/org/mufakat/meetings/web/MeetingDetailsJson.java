package org.mufakat.meetings.web;

import org.mufakat.meetings.MeetingDetails;
import org.mufakat.platform.web.Bilingual;

import java.util.List;
import java.util.UUID;

/**
 * A meeting with where it stands in preparation chains, its bundle, its delegations and the bilateral meetings
 * on its sidelines.
 *
 * @param chairFromChairYear whether the chair was taken from the chair year (and follows it if it changes)
 * @param prepares           the later meetings this one prepares (a SOM prepares the AMM)
 * @param preparedBy         the earlier meetings that prepare this one
 * @param bundle             the meetings held together with it under one name, or null
 */
record MeetingDetailsJson(MeetingJson meeting, boolean chairFromChairYear, List<MeetingJson> prepares,
                          List<MeetingJson> preparedBy, BundleJson bundle, List<DelegationJson> delegations,
                          List<BilateralJson> bilaterals) {

    record BundleJson(UUID id, Bilingual title, List<MeetingJson> meetings) {
    }

    static MeetingDetailsJson of(MeetingDetails details) {
        return new MeetingDetailsJson(MeetingJson.of(details.meeting()), details.chairFromChairYear(),
                details.prepares().stream().map(MeetingJson::of).toList(),
                details.preparedBy().stream().map(MeetingJson::of).toList(),
                details.bundle() == null ? null : new BundleJson(details.bundle().id().value(), Bilingual.of(details.bundle().title()),
                        details.bundle().meetings().stream().map(MeetingJson::of).toList()),
                details.delegations().stream().map(DelegationJson::of).toList(),
                details.bilaterals().stream().map(BilateralJson::of).toList());
    }
}
