package org.haian.strata.outreach.api.activities;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.AppealOutcome;

/** An activity with whom it invited, who took part, and the appeals heard at it. */
public record ActivityView(String activityId, String township, Category category, ActivityKind kind,
                           ActivityKind.Programme programme, String title, LocalDate heldOn,
                           List<String> partnerUnits, List<String> invited, List<String> attended,
                           List<Appeal> appeals) {

    /** An appeal; {@code outcome} {@code null} while open. */
    public record Appeal(String appealId, String personId, String subject, AppealOutcome outcome,
                         LocalDate concludedOn, String note) {
    }
}
