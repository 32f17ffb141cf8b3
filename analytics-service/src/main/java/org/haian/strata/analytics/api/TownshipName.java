package org.haian.strata.analytics.api;

/** A township (区镇) by its code, which every figures endpoint takes, and its name. */
public record TownshipName(String code, String name) {
}
