package org.haian.strata.liaison.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 建立联席会议制度 - set up the joint conference with its convener (召集人). */
public record EstablishJointConference(@TargetAggregateIdentifier String conferenceId, String name,
                                       String convener) {
}
