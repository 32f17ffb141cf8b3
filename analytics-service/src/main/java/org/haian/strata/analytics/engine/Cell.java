package org.haian.strata.analytics.engine;

import org.haian.strata.contract.Category;

/**
 * Where a figure is counted: a township and a category. City units that serve a category but belong to no township
 * (the joint conference's member units) count in the category's cell of the city itself ({@link #CITY}), which is
 * in every category and city total and in no township's.
 *
 * <p>A few figures belong to a township but to no category: the villages and communities (村居) a township has, and
 * those with any agreement. They count in the township's cell without a category ({@link #townshipWide}), which is
 * in the township's and the city's totals and in no category's.
 *
 * <p>Every total the API shows (of a township, of a category, of the city) is a sum of these cells, worked out when
 * read, so that totals over townships and over categories cannot disagree.
 */
public record Cell(String township, Category category) {

    /** How a township-wide cell's missing category is written in a stored document's id and fields. */
    static final String EVERY_CATEGORY = "*";


    /** The pseudo-township of city-level units; never a configured township code. */
    public static final String CITY = "~city";

    public static Cell cityLevel(Category category) {
        return new Cell(CITY, category);
    }

    /** The cell of a figure no category divides; its {@code category} is {@code null}. */
    public static Cell townshipWide(String township) {
        return new Cell(township, null);
    }

    public boolean isCityLevel() {
        return CITY.equals(township);
    }
}
