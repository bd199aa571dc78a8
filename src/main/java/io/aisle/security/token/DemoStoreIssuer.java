package io.aisle.security.token;

import io.aisle.security.Roles;
import io.aisle.security.config.SecurityConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Plays the store's part for the demo: signs a shopper in as the store's backend would, with the demo store's own
 * key and issuer. A real store signs its shoppers' tokens itself; this exists only when enabled (demo, dev, tests).
 */
@ApplicationScoped
public class DemoStoreIssuer {

    private final SecurityConfig.DemoStore config;
    private final Optional<PrivateKey> key;

    public DemoStoreIssuer(SecurityConfig config) {
        this.config = config.demoStore();
        this.key = this.config.enabled()
                ? Optional.of(SigningKeys.read(this.config.signingKey().orElseThrow(() -> new IllegalStateException(
                        "aisle.security.demo-store.signing-key must be set when the demo store issuer is enabled"))))
                : Optional.empty();
    }

    public boolean enabled() {
        return key.isPresent();
    }

    /** A signed-in shopper's token: the subject is the store's customer id. */
    public IssuedToken shopper(String customerId) {
        Instant expires = Instant.now().plus(config.tokenLifetime());
        String token = Jwt.issuer(config.issuer()).subject(customerId).groups(Roles.SHOPPER).expiresAt(expires)
                .jws().keyId(config.signingKeyId()).sign(key.orElseThrow());
        return new IssuedToken(token, customerId, expires);
    }
}
