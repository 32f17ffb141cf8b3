package org.haian.strata.contribution.web.twoway;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/villages/{id}/projects}: the person and the collective project. */
@Schema(example = "{\"personId\":\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\",\"project\":\"村集体光伏电站\"}")
public record LinkProjectRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotBlank @Size(max = 200) String project) {
}
