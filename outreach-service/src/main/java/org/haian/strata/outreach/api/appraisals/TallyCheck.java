package org.haian.strata.outreach.api.appraisals;

import java.util.List;

import org.haian.strata.contract.outreach.AppraisalAwarded.Award;

/**
 * An appraisal's tally counted again from its stored events.
 *
 * @param events     how many stored events the count read
 * @param recomputed the top ten the stored nominations and votes give, by {@link TopTen}'s rule
 * @param awarded    the top ten the appraisal awarded; {@code null} before it is awarded
 * @param matches    whether the two are the same; {@code false} before the award
 */
public record TallyCheck(String appraisalId, AppraisalState state, int events, List<Award> recomputed,
                         List<Award> awarded, boolean matches) {
}
