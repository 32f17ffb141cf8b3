package org.haian.strata.analytics.api;

/** Every figure the read side knows, with its kind and labels. */
public record FigureCatalogueQuery() {
}
