package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.TownshipEvent;

/**
 * A member who attended a government meeting raised something there: a contribution that may become a suggestion.
 *
 * @param meetingId      the meeting's aggregate id
 * @param contributionId the contribution's id
 * @param township       the meeting's township
 * @param personId       the member who raised it
 * @param text           what they raised
 */
@Revision("1")
public record ContributionRaised(String meetingId, String contributionId, String township, String personId,
                                 String text) implements TownshipEvent {
}
