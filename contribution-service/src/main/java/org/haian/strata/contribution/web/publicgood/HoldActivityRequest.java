package org.haian.strata.contribution.web.publicgood;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;
import org.haian.strata.platform.time.PastDate;
import org.haian.strata.platform.township.KnownTownship;

/** The body of {@code POST /api/contribution/activities}: the activity and the people of the registry who took part. */
@Schema(example = "{\"township\":\"libao\",\"category\":\"FREELANCER\",\"kind\":\"CHARITY\",\"title\":\"阳光行动：关爱特殊儿童\",\"heldOn\":\"2024-06-01\",\"participantIds\":[\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\"]}")
public record HoldActivityRequest(
        @KnownTownship String township,
        @NotNull Category category,
        @NotNull PublicGoodActivityKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @PastDate LocalDate heldOn,
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> participantIds) {
}
