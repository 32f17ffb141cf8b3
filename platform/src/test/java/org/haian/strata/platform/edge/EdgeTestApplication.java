package org.haian.strata.platform.edge;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with nothing but the platform and one endpoint that counts the bodies it was given to read. */
@SpringBootApplication
class EdgeTestApplication {

    @RestController
    static class Echo {

        final AtomicInteger bodiesRead = new AtomicInteger();

        @PostMapping("/api/echo")
        Map<String, Integer> echo(@RequestBody Map<String, Object> body) {
            bodiesRead.incrementAndGet();
            return Map.of("fields", body.size());
        }
    }
}
