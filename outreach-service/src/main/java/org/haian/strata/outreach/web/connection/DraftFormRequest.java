package org.haian.strata.outreach.web.connection;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.township.KnownTownship;

/** The body of {@code POST /api/outreach/opinion-forms}: the form and its questions, in order. */
@Schema(example = "{\"township\":\"libao\",\"title\":\"What would help your firm this year?\",\"questions\":[\"Which policy helped most?\",\"What should the town do next?\"]}")
public record DraftFormRequest(
        @KnownTownship String township,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> questions) {
}
