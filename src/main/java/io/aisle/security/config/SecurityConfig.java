package io.aisle.security.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Tokens: every JWT is verified against the public keys of {@code mp.jwt.verify.publickey.location} (a JWKS holding
 * this app's key and the store's); what a token may do depends on its issuer (docs/security.md).
 */
@ConfigMapping(prefix = "aisle.security")
public interface SecurityConfig {

    /** The issuer of the tokens this app signs (staff, anonymous sessions, service clients). */
    @WithDefault("aisle")
    String issuer();

    /** PEM (PKCS#8) private key this app signs with, and its key id in the JWKS. */
    String signingKey();

    String signingKeyId();

    /** Further issuers whose tokens carry staff roles in their groups claim (an OIDC provider). */
    Optional<List<String>> staffIssuers();

    /** Issuers of signed-in shoppers (the store): their tokens are shopper tokens, whatever else they claim. */
    Optional<List<String>> shopperIssuers();

    @WithDefault("PT8H")
    Duration staffTokenLifetime();

    @WithDefault("P30D")
    Duration sessionTokenLifetime();

    /** Failed sign-ins of one username within {@link #loginWindow()} before further attempts are refused. */
    @WithDefault("10")
    int maxFailedLogins();

    @WithDefault("PT15M")
    Duration loginWindow();

    DemoStore demoStore();

    DemoStaff demoStaff();

    /** A stand-in for the store's token issuer, so the demo store can sign shoppers in. Never on in production. */
    interface DemoStore {

        @WithDefault("false")
        boolean enabled();

        @WithDefault("aisle-demo-store")
        String issuer();

        Optional<String> signingKey();

        @WithDefault("demo-store-dev")
        String signingKeyId();

        @WithDefault("PT8H")
        Duration tokenLifetime();
    }

    /** Demo staff accounts (ava, ben: agents; rita: reviewer; admin) created at start when missing. */
    interface DemoStaff {

        @WithDefault("false")
        boolean enabled();

        Optional<String> password();
    }
}
