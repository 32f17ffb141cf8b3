package org.haian.strata.outreach.api.connection;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 拟定征求意见表 - an opinion-solicitation form for the township's enterprise staff, with its questions. */
public record DraftOpinionForm(@TargetAggregateIdentifier String formId, String township, String title,
                               List<String> questions) {
}
