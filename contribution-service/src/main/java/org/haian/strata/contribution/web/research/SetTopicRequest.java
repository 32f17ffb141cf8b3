package org.haian.strata.contribution.web.research;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;

/** The body of {@code POST /api/contribution/research}: the topic the city sets and the category researching it. */
@Schema(example = "{\"title\":\"关于加强总部经济的建议\",\"category\":\"ENTERPRISE_STAFF\"}")
public record SetTopicRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Category category) {
}
