package org.haian.strata.platform.observability;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code mongo} in {@code /actuator/health}: whether the read models' database answers a ping. Spring Boot's own
 * MongoDB indicator needs Spring Data's template, which the services do not use (they write with the driver).
 */
class MongoHealth extends AbstractHealthIndicator {

    private final MongoDatabase readModels;

    MongoHealth(MongoDatabase readModels) {
        super("MongoDB did not answer");
        this.readModels = readModels;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        readModels.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", readModels.getName());
    }
}
