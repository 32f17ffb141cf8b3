package org.haian.strata.liaison.web.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/liaison/people/{id}/profile}: the whole profile; a field left out is cleared. */
@Schema(example = "{\"organisation\":\"李堡镇民企群英荟\",\"role\":\"技术总监\",\"phone\":\"0513-88881234\",\"email\":\"lu.kehu@example.com\",\"wechat\":\"lukehu88\"}")
public record UpdateProfileRequest(
        @Size(max = 200) String organisation,
        @Size(max = 100) String role,
        @Size(max = 30) String phone,
        @Size(max = 200) String email,
        @Size(max = 64) String wechat) {
}
