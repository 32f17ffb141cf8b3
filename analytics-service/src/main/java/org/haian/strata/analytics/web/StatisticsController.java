package org.haian.strata.analytics.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards' figures per township and per category: counts only, never a person's name or contact. The city
 * and analysts read every township; a township officer reads their own, and a category's figures for their own
 * township only.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'ANALYST', 'TOWNSHIP_OFFICER')")
public class StatisticsController {

    private final QueryGateway queries;

    public StatisticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/townships/{township}")
    public TownshipStatistics township(@PathVariable String township) {
        Actor.current().requireFiguresOf(township);
        return queries.query(new TownshipStatisticsQuery(township),
                        ResponseTypes.optionalInstanceOf(TownshipStatistics.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "township: '" + township + "' is not a known township code"));
    }

    @GetMapping("/categories/{category}")
    public CategoryStatistics category(@PathVariable Category category) {
        Actor actor = Actor.current();
        boolean cityWide = actor.has(Role.CITY_ADMIN) || actor.has(Role.ANALYST);
        return queries.query(new CategoryStatisticsQuery(category, cityWide ? null : actor.township()),
                CategoryStatistics.class).join();
    }
}
