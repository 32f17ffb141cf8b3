package org.haian.strata.analytics.engine;

/**
 * A number the read side keeps per township and category for every day: its name in the API, how its values add up
 * over time, and its label for the dashboard.
 *
 * @param name    the key in every {@code figures} map of the API, e.g. {@code people}
 * @param kind    whether a value as of a day is a standing count or a count of happenings
 * @param chinese the dashboard's label, e.g. 新的社会阶层人士
 * @param english the label in English
 * @param byCategory whether it is counted per category; {@code false}: only per township, in its
 *                   {@link Cell#townshipWide township-wide} cell
 */
public record Figure(String name, Kind kind, String chinese, String english, boolean byCategory) {

    /** A figure counted per township and category, as almost every figure is. */
    public Figure(String name, Kind kind, String chinese, String english) {
        this(name, kind, chinese, english, true);
    }

    /** How a figure adds up over time. */
    public enum Kind {
        /**
         * A standing count such as {@code people}: as of a day it is everything that came and went up to that day;
         * a month's value in a series is the value on its last day.
         */
        STOCK,
        /**
         * A count of happenings such as {@code contactsLogged}: as of a day it is every happening up to that day; a
         * month's value in a series is the happenings within that month.
         */
        FLOW
    }
}
