package org.haian.strata.outreach.api.appraisals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.AppraisalAwarded.Award;

/**
 * Who an appraisal awards: the ten nominees with the most votes; a nominee without a vote is awarded nothing, so
 * fewer than ten nominees with votes give fewer awards. <b>Tie rule:</b> among equal votes the one nominated earlier
 * ranks higher, also at the tenth place, so an award never depends on the order votes were counted in and there
 * are never more than ten. Both the appraisal's award and the re-check of its tally from the stored events use this
 * rule.
 */
public final class TopTen {

    public static final int AWARDS = 10;

    /** A nominee in the order of nomination. */
    public record Nominee(String nomineeId, String township, Category category) {
    }

    private TopTen() {
    }

    /**
     * @param nominees every nominee, in the order they were nominated
     * @param votes    the votes of each nominee; a nominee left out has none
     */
    public static List<Award> of(List<Nominee> nominees, Map<String, Integer> votes) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            int count = votes.getOrDefault(nominees.get(i).nomineeId(), 0);
            if (count > 0) {
                ranked.add(new Ranked(nominees.get(i), count, i));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::votes).reversed().thenComparingInt(Ranked::nominated));
        List<Award> awards = new ArrayList<>();
        for (int i = 0; i < Math.min(AWARDS, ranked.size()); i++) {
            Ranked r = ranked.get(i);
            awards.add(new Award(i + 1, r.nominee().nomineeId(), r.votes(), r.nominee().township(),
                    r.nominee().category()));
        }
        return awards;
    }

    private record Ranked(Nominee nominee, int votes, int nominated) {
    }
}
