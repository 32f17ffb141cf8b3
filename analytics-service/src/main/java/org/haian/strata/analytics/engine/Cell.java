package org.haian.strata.analytics.engine;

import org.haian.strata.contract.Category;

/**
 * Where a figure is counted: a township and a category. City units that serve a category but belong to no township
 * (the joint conference's member units) count in the category's cell of the city itself ({@link #CITY}), which is
 * in every category and city total and in no township's.
 *
 * <p>Every total the API shows (of a township, of a category, of the city) is a sum of these cells, worked out when
 * read, so that totals over townships and over categories cannot disagree.
 */
public record Cell(String township, Category category) {

    /** The pseudo-township of city-level units; never a configured township code. */
    public static final String CITY = "~city";

    public static Cell cityLevel(Category category) {
        return new Cell(CITY, category);
    }

    public boolean isCityLevel() {
        return CITY.equals(township);
    }
}
