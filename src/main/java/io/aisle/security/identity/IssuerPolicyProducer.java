package io.aisle.security.identity;

import io.aisle.security.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** One issuer policy for the app, built from the configuration once (not per request). */
@ApplicationScoped
public class IssuerPolicyProducer {

    @Produces
    @Singleton
    IssuerPolicy issuerPolicy(SecurityConfig config) {
        return new IssuerPolicy(config.issuer(), config.staffIssuers().orElse(List.of()),
                config.shopperIssuers().orElse(List.of()));
    }
}
