package org.mufakat.feeds;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A feed as a calendar application reads it: parsed back with ical4j's CalendarBuilder, raw bytes at hand. */
record ParsedFeed(byte[] raw, Calendar calendar) {

    static ParsedFeed of(byte[] raw) {
        try {
            return new ParsedFeed(raw, new CalendarBuilder().build(new ByteArrayInputStream(raw)));
        } catch (IOException | ParserException e) {
            throw new AssertionError("The feed does not parse: " + e.getMessage() + "\n" + new String(raw, StandardCharsets.UTF_8), e);
        }
    }

    String text() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    String property(String name) {
        return value(calendar, name);
    }

    List<VEvent> events() {
        return calendar.getComponents(Component.VEVENT);
    }

    List<String> summaries() {
        return events().stream().map(event -> value(event, Property.SUMMARY)).toList();
    }

    List<String> uids() {
        return events().stream().map(event -> value(event, Property.UID)).toList();
    }

    VEvent event(String summary) {
        List<VEvent> found = events().stream().filter(event -> summary.equals(value(event, Property.SUMMARY))).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one event titled " + summary + ", found " + found.size() + " among " + summaries());
        }
        return found.getFirst();
    }

    Optional<VEvent> eventWithUid(String uid) {
        return events().stream().filter(event -> uid.equals(value(event, Property.UID))).findFirst();
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    static String parameter(VEvent event, String property, String parameter) {
        return event.<Property>getProperty(property).flatMap(p -> p.<Parameter>getParameter(parameter))
                .map(Parameter::getValue).orElse(null);
    }
}
