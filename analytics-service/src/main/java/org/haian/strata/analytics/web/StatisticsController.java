package org.haian.strata.analytics.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.contract.Category;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The dashboards' figures per township and per category: counts only, never a person's name or contact. */
@RestController
@RequestMapping("/api/analytics")
public class StatisticsController {

    private final QueryGateway queries;

    public StatisticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/townships/{township}")
    public TownshipStatistics township(@PathVariable String township) {
        return queries.query(new TownshipStatisticsQuery(township),
                        ResponseTypes.optionalInstanceOf(TownshipStatistics.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "township: '" + township + "' is not a known township code"));
    }

    @GetMapping("/categories/{category}")
    public CategoryStatistics category(@PathVariable Category category) {
        return queries.query(new CategoryStatisticsQuery(category), CategoryStatistics.class).join();
    }
}
