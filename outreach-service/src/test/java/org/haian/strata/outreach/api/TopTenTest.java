package org.haian.strata.outreach.api;

import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.AppraisalAwarded.Award;
import org.haian.strata.outreach.api.appraisals.TopTen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopTenTest {

    private static TopTen.Nominee nominee(String id) {
        return new TopTen.Nominee(id, "libao", Category.NEW_MEDIA);
    }

    @Test
    void equalVotesRankTheEarlierNominationFirstWhateverTheOrderOfTheVotes() {
        List<TopTen.Nominee> nominees = List.of(nominee("first"), nominee("second"), nominee("third"));

        assertThat(TopTen.of(nominees, Map.of("third", 2, "second", 2, "first", 2)))
                .extracting(Award::nomineeId).containsExactly("first", "second", "third");
    }

    @Test
    void aTieAtTheTenthPlaceGoesToTheEarlierNominationAndNeverMakesElevenAwards() {
        List<TopTen.Nominee> nominees = java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(i -> nominee("n-" + i)).toList();
        Map<String, Integer> votes = new java.util.HashMap<>();
        nominees.forEach(n -> votes.put(n.nomineeId(), 1));

        List<Award> awards = TopTen.of(nominees, votes);

        assertThat(awards).hasSize(10);
        assertThat(awards.get(9)).isEqualTo(new Award(10, "n-10", 1, "libao", Category.NEW_MEDIA));
    }

    @Test
    void aNomineeWithoutAVoteIsNotAwarded() {
        assertThat(TopTen.of(List.of(nominee("a"), nominee("b")), Map.of("b", 1)))
                .containsExactly(new Award(1, "b", 1, "libao", Category.NEW_MEDIA));
    }
}
