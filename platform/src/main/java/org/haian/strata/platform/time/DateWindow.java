package org.haian.strata.platform.time;

import java.time.LocalDate;
import java.time.Period;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The window of days this system takes, for {@link PastDate} and {@link PlanDate}: no record of this work predates
 * the People's Republic (1949-10-01), and nothing is planned further than ten years ahead. A date outside it is a
 * typing mistake or an attack, and a date near the end of the calendar once broke every figure that did arithmetic
 * with it. "Today" is Hai'an's ({@link HaianTime}'s clock, through Bean Validation's clock provider).
 */
public final class DateWindow {

    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    public static final Period PLANNING_HORIZON = Period.ofYears(10);

    private DateWindow() {
    }

    static boolean holds(LocalDate day, Period ahead, ConstraintValidatorContext context) {
        if (day == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        return !day.isBefore(EARLIEST) && !day.isAfter(today.plus(ahead));
    }

    /** {@link PastDate}: up to today. */
    public static final class Past implements ConstraintValidator<PastDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return holds(day, Period.ZERO, context);
        }
    }

    /** {@link PlanDate}: up to the planning horizon. */
    public static final class Plan implements ConstraintValidator<PlanDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return holds(day, PLANNING_HORIZON, context);
        }
    }
}
