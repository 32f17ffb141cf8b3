package org.haian.strata.analytics.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The values of the figures that are live, per cell, as of one day: what every total of an answer is summed from.
 * A cell nothing was counted in reads 0 in every figure.
 */
public final class FigureValues {

    private final List<Figure> figures;
    private final Map<Cell, long[]> cells;

    FigureValues(List<Figure> figures, Map<Cell, long[]> cells) {
        this.figures = List.copyOf(figures);
        this.cells = cells;
    }

    /** The live figures, in the order the API lists them. */
    public List<Figure> figures() {
        return figures;
    }

    /** The cells something was ever counted in. */
    public Set<Cell> cells() {
        return cells.keySet();
    }

    public Map<String, Long> of(Cell cell) {
        return sum(cell::equals);
    }

    /** The sum over the cells that pass, per figure. */
    public Map<String, Long> sum(Predicate<Cell> which) {
        long[] sum = new long[figures.size()];
        cells.forEach((cell, values) -> {
            if (which.test(cell)) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
        });
        Map<String, Long> named = new LinkedHashMap<>();
        for (int i = 0; i < sum.length; i++) {
            named.put(figures.get(i).name(), sum[i]);
        }
        return named;
    }

    /**
     * One figure summed over the cells that pass; {@code null} if the figure is not live (still being counted over
     * past events).
     */
    public Long sum(String figure, Predicate<Cell> which) {
        int at = -1;
        for (int i = 0; i < figures.size() && at < 0; i++) {
            at = figures.get(i).name().equals(figure) ? i : -1;
        }
        if (at < 0) {
            return null;
        }
        long sum = 0;
        for (Map.Entry<Cell, long[]> cell : cells.entrySet()) {
            if (which.test(cell.getKey())) {
                sum += cell.getValue()[at];
            }
        }
        return sum;
    }

    static Builder builder(List<Figure> figures) {
        return new Builder(figures);
    }

    static final class Builder {

        private final List<Figure> figures;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Cell, long[]> cells = new HashMap<>();

        private Builder(List<Figure> figures) {
            this.figures = figures;
            for (int i = 0; i < figures.size(); i++) {
                index.put(figures.get(i).name(), i);
            }
        }

        void add(Cell cell, String figure, long amount) {
            Integer at = index.get(figure);
            if (at != null) {
                cells.computeIfAbsent(cell, c -> new long[figures.size()])[at] += amount;
            }
        }

        FigureValues build() {
            return new FigureValues(figures, cells);
        }
    }
}
