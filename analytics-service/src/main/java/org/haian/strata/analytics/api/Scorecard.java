package org.haian.strata.analytics.api;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;

/**
 * The "3+4+N" scorecard (“3+4+N”工作成效) of the city or of one township: the three mechanisms, the four modes and the
 * N contribution channels, each with its headline figures in the source's own terms and its coverage ratios. Read
 * from the same cells as every other figures answer, so a figure here equals the same figure there.
 *
 * @param township   {@code null}: the whole city, with what the city counts above the townships
 * @param catchingUp figures still being counted over past events: their values here are {@code null}
 */
public record Scorecard(String township, String name, LocalDate asOf, LocalDate knownAt, List<Part> parts,
                        List<CatchingUp> catchingUp) {

    /** @param part {@code 3}, {@code 4} or {@code N} */
    public record Part(String part, String chinese, String english, List<Item> items) {
    }

    /**
     * A mechanism, a mode or a channel.
     *
     * @param category the category the item serves (each of the four modes serves one); {@code null}: every one
     */
    public record Item(String item, String chinese, String english, Category category, List<Headline> headlines,
                       List<Coverage> coverage) {
    }

    /**
     * @param key      unique in the scorecard, and the key of the figure's values in a {@link ScorecardSeries}
     * @param figure   the figure it is, as every other figures answer names it
     * @param category counted only in this category's cells; {@code null}: in all
     * @param value    as of the day; {@code null} while the figure is still being counted over past events
     */
    public record Headline(String key, String figure, Category category, String chinese, String english, Long value) {
    }

    /**
     * A share: how much of a whole is covered, e.g. the representative figures under listed liaison of all
     * representative figures.
     *
     * @param ratio {@code partValue / wholeValue}, to four places; {@code null} if the whole is 0 or still counting
     */
    public record Coverage(String key, String chinese, String english, String partFigure, String wholeFigure,
                           Long partValue, Long wholeValue, Double ratio) {
    }
}
