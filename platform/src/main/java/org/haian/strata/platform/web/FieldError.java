package org.haian.strata.platform.web;

/** One entry of a problem's {@code errors}: which input field, and why it was refused. */
public record FieldError(String field, String reason) {
}
