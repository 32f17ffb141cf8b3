package org.haian.strata.analytics.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the "3" mechanisms kept for every township, every category and every township-and-category; a
 * figure nobody has counted yet reads 0. An archived person counts in none of them.
 */
public final class Figures {

    /** Registered new-social-strata people (新的社会阶层人士). */
    public static final String PEOPLE = "people";
    /** People designated a representative figure (代表人士). */
    public static final String REPRESENTATIVES = "representatives";
    /** People befriended by at least one listed leader or cadre (列名联系). */
    public static final String PEOPLE_UNDER_LIAISON = "peopleUnderLiaison";
    /** People with at least one political arrangement (政治安排) on record, however many they hold. */
    public static final String PEOPLE_WITH_POLITICAL_ARRANGEMENT = "peopleWithPoliticalArrangement";
    /** Members of the New Social Strata Association (新联会会员), counted where the person belongs now. */
    public static final String MEMBERS = "members";
    /** Open work bases (工作基地). */
    public static final String BASES = "bases";
    /**
     * Member units of the joint conference (联席会议成员单位). They are city units serving a category, so they count
     * per category only; every township's figure stays 0.
     */
    public static final String MEMBER_UNITS = "memberUnits";
    /**
     * Active cadre-person assignments with no contact within {@code haian.contact-overdue-after} (counted from the
     * assignment's first day while there was no contact yet): one per assignment, so a person two cadres neglect
     * counts twice. It changes with the calendar, so it is worked out when read.
     */
    public static final String OVERDUE_CONTACTS = "overdueContacts";

    public static final List<String> ALL = List.of(PEOPLE, REPRESENTATIVES, PEOPLE_UNDER_LIAISON,
            PEOPLE_WITH_POLITICAL_ARRANGEMENT, MEMBERS, BASES, MEMBER_UNITS, OVERDUE_CONTACTS);

    private Figures() {
    }

    /** Every known figure, with the counted values where there are some. */
    public static Map<String, Long> complete(Map<String, Long> counted) {
        Map<String, Long> figures = new LinkedHashMap<>();
        ALL.forEach(name -> figures.put(name, counted.getOrDefault(name, 0L)));
        return figures;
    }
}
