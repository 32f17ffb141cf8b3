package org.haian.strata.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.TableMessageConverter;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.management.EventProcessorsEndpoint;
import org.haian.strata.platform.messaging.MessagingConfiguration;
import org.haian.strata.platform.security.SecurityConfiguration;
import org.haian.strata.platform.time.HaianTime;
import org.haian.strata.platform.township.Deployments;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.platform.web.OpenApiConfiguration;
import org.haian.strata.platform.web.ProblemDetailsAdvice;
import org.haian.strata.platform.web.RequestCommands;
import org.haian.strata.platform.web.RequestContext;
import org.haian.strata.platform.web.ServiceEdge;
import org.haian.strata.platform.web.StrictInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The platform every service runs on; each service adds only its own aggregates, projections and controllers. */
@AutoConfiguration(after = AxonAutoConfiguration.class, before = {KafkaAutoConfiguration.class,
        SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        // Its error controller takes the place of Spring Boot's, which backs off only if it sees this one first.
        ErrorMvcAutoConfiguration.class})
@EnableConfigurationProperties({Townships.class, Deployments.class})
@Import({MessagingConfiguration.class, SecurityConfiguration.class, HaianTime.class, PlatformAutoConfiguration.Web.class})
public class PlatformAutoConfiguration {

    /** The database that holds this service's read models ({@code spring.data.mongodb.database}). */
    @Bean
    MongoDatabase readModels(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    @Bean
    AggregateHistory aggregateHistory(EventStore eventStore) {
        return new AggregateHistory(eventStore);
    }

    @Bean
    EventProcessorsEndpoint eventProcessorsEndpoint(EventProcessingConfiguration processing, EventStore eventStore) {
        return new EventProcessorsEndpoint(processing, eventStore);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import({OpenApiConfiguration.class, ServiceEdge.class})
    static class Web {

        @Bean
        RequestCommands requestCommands(CommandGateway commands) {
            return new RequestCommands(commands);
        }

        @Bean
        StrictInput strictInput(@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
            return new StrictInput(conversions);
        }

        @Bean
        ProblemDetailsAdvice problemDetailsAdvice() {
            return new ProblemDetailsAdvice();
        }

        /** Spring Boot adds a converter bean to MVC's: any controller may answer a {@code Table} as CSV or XLSX. */
        @Bean
        TableMessageConverter tableMessageConverter() {
            return new TableMessageConverter();
        }

        /** The Chinese column labels of every {@code export-labels.properties} on the class path. */
        @Bean
        RecordTables recordTables() throws IOException {
            Map<String, String> labels = new HashMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:export-labels.properties")) {
                Properties properties = PropertiesLoaderUtils.loadProperties(
                        new EncodedResource(resource, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(name -> labels.put(name, properties.getProperty(name)));
            }
            return new RecordTables(labels);
        }

        @Bean
        FilterRegistrationBean<RequestContext> requestContext() {
            FilterRegistrationBean<RequestContext> registration = new FilterRegistrationBean<>(new RequestContext());
            // After Spring Security, so that the acting user is known when the request id is attached.
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
            return registration;
        }
    }
}
