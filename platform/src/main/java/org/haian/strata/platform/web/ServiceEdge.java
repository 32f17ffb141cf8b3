package org.haian.strata.platform.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * What every service does at its edge, before or beside Spring MVC: refuses an oversized body before anything reads
 * it, and answers every error as problem+json, Tomcat's own and {@code /error} included.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceEdge {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${haian.max-request-size}") DataSize maxSize,
                                                             @Value("${haian.max-upload-size}") DataSize maxUpload,
                                                             @Value("${haian.upload-paths:}") List<String> uploads,
                                                             ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(maxSize, maxUpload, uploads, json));
        // Before Spring Security too: an oversized body is refused whoever sends it, and costs no token check.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ProblemErrorController problemErrorController(ObjectMapper json) {
        return new ProblemErrorController(json);
    }

    @Bean
    ProblemValveInstaller problemErrorReportValve(ObjectMapper json) {
        return new ProblemValveInstaller(json);
    }

    /**
     * Spring Boot puts a plain {@link ErrorReportValve} on the host; this runs after its customizer, takes that out
     * and puts the problem+json one in its place (also named as the host's error valve, so Tomcat adds no other).
     */
    static final class ProblemValveInstaller implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        private final ObjectMapper json;

        ProblemValveInstaller(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve(json));
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
