package org.haian.strata.outreach.api.appraisals;

import java.util.Locale;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.outreach.AppraisalKind;

/** 开展评选 - open the appraisal of a year and kind (十佳网友 / 网媒 / 网文). */
public record OpenAppraisal(@TargetAggregateIdentifier String appraisalId, int year, AppraisalKind kind) {

    /** The one id of the appraisal of a year and kind, e.g. {@code 2025-netizens}: a second one collides with it. */
    public static String idOf(int year, AppraisalKind kind) {
        return year + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
