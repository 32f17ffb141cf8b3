package org.haian.strata.outreach.web.activities;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.platform.time.PlanDate;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/outreach/activities}. The kind says the programme, and the programme the category
 * (the four of service for new media, the co-hosted events for freelancers, salons for any); a co-hosted event
 * names its partner units. A township officer may leave {@code township} out.
 */
@Schema(example = "{\"township\":\"libao\",\"category\":\"FREELANCER\",\"kind\":\"COUPLET_WRITING\",\"title\":\"Spring couplets for Libao villagers\",\"heldOn\":\"2025-01-20\",\"partnerUnits\":[\"Federation of Literary and Art Circles\"]}")
public record OrganiseActivityRequest(
        @KnownTownship String township,
        @NotNull Category category,
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @PlanDate LocalDate heldOn,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 100) String> partnerUnits) {
}
