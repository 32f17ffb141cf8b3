package org.haian.strata.outreach.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.AppraisalClosed;
import org.haian.strata.contract.outreach.AppraisalOpened;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.VoteCast;
import org.haian.strata.outreach.api.appraisals.AppraisalState;
import org.haian.strata.outreach.api.appraisals.RecheckTally;
import org.haian.strata.outreach.api.appraisals.TallyCheck;
import org.haian.strata.outreach.api.appraisals.TopTen;
import org.springframework.stereotype.Component;

/**
 * Counts an appraisal's votes again from its events in the event store, not from the read model and not from the
 * aggregate's own fold, and sets the result beside the award it stored: anyone may check that the award is what
 * the votes give.
 */
@Component
public class TallyRecount {

    private final EventStore eventStore;

    public TallyRecount(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    Optional<TallyCheck> handle(RecheckTally query) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(query.appraisalId()).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof AppraisalOpened)) {
            return Optional.empty();
        }
        List<TopTen.Nominee> nominees = new ArrayList<>();
        Map<String, Integer> votes = new HashMap<>();
        AppraisalState state = AppraisalState.OPEN;
        List<AppraisalAwarded.Award> awarded = null;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof NomineeNominated nominated) {
                nominees.add(new TopTen.Nominee(nominated.nomineeId(), nominated.township(), nominated.category()));
            } else if (payload instanceof VoteCast vote) {
                votes.merge(vote.nomineeId(), 1, Integer::sum);
            } else if (payload instanceof AppraisalClosed) {
                state = AppraisalState.CLOSED;
            } else if (payload instanceof AppraisalAwarded award) {
                state = AppraisalState.AWARDED;
                awarded = award.awards();
            }
        }
        List<AppraisalAwarded.Award> recomputed = TopTen.of(nominees, votes);
        return Optional.of(new TallyCheck(query.appraisalId(), state, events.size(), recomputed, awarded,
                recomputed.equals(awarded)));
    }
}
