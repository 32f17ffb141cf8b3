package org.haian.strata.analytics.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures kept for every township and category; a figure nobody has counted yet reads 0. */
public final class Figures {

    /** Registered new-social-strata people (新的社会阶层人士). */
    public static final String PEOPLE = "people";

    public static final List<String> ALL = List.of(PEOPLE);

    private Figures() {
    }

    /** Every known figure, with the counted values where there are some. */
    public static Map<String, Long> complete(Map<String, Long> counted) {
        Map<String, Long> figures = new LinkedHashMap<>();
        ALL.forEach(name -> figures.put(name, counted.getOrDefault(name, 0L)));
        return figures;
    }
}
