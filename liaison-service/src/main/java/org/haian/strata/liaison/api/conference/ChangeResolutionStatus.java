package org.haian.strata.liaison.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.liaison.ResolutionStatus;

/** 议定事项落实 - move a joint-conference resolution to another status; DONE is final. */
public record ChangeResolutionStatus(@TargetAggregateIdentifier String conferenceId, String resolutionId,
                                     ResolutionStatus status) {
}
