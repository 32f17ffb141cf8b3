package org.haian.strata.liaison.web.people;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.platform.time.PlanDate;

/**
 * The body of {@code POST /api/liaison/people/{id}/political-arrangements}: a seat or post for one term. The post
 * is required for an OTHER body and {@code termEnd} may be left out for an open term; the person decides both.
 */
@Schema(example = "{\"body\":\"CPPCC\",\"level\":\"CITY\",\"post\":\"委员\",\"termStart\":\"2021-12-28\",\"termEnd\":\"2026-12-27\"}")
public record RecordArrangementRequest(
        @NotNull ArrangementBody body,
        @NotNull ArrangementLevel level,
        @Size(max = 100) String post,
        @NotNull @PlanDate LocalDate termStart,
        @PlanDate LocalDate termEnd) {
}
