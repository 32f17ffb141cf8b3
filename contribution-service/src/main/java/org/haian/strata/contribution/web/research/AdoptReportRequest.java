package org.haian.strata.contribution.web.research;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/contribution/research/{id}/adopt}: which body adopted the report, and when. */
@Schema(example = "{\"body\":\"海安市人民政府\",\"adoptedOn\":\"2024-06-18\"}")
public record AdoptReportRequest(
        @NotBlank @Size(max = 200) String body,
        @NotNull @PastDate LocalDate adoptedOn) {
}
