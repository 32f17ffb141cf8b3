package org.haian.strata.contribution.api.twoway;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 终止双向服务协议 - end an active agreement. */
public record EndAgreement(@TargetAggregateIdentifier String villageId, String agreementId, LocalDate endedOn,
                           String reason) {
}
