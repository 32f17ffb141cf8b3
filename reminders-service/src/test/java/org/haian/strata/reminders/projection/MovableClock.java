package org.haian.strata.reminders.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves from day to day, at noon in Hai'an: a scripted timeline instead of the wall clock. */
final class MovableClock extends Clock {

    static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");

    private Instant now;

    MovableClock(LocalDate today) {
        moveTo(today);
    }

    void moveTo(LocalDate day) {
        now = day.atTime(12, 0).atZone(HAIAN).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return HAIAN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Hai'an time only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
