package io.aisle.security;

import io.aisle.security.token.SigningKeys;
import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Real signed tokens for tests, made with the development keys exactly as the app makes them: staff and anonymous
 * sessions by this app ("aisle"), signed-in shoppers by the demo store ("aisle-demo-store").
 */
public final class TestTokens {

    public static final String ISSUER = "aisle";
    public static final String STORE_ISSUER = "aisle-demo-store";
    private static final PrivateKey APP_KEY = SigningKeys.read("dev-keys/aisle-dev.pem");
    private static final PrivateKey STORE_KEY = SigningKeys.read("dev-keys/demo-store-dev.pem");

    private TestTokens() {
    }

    public static String agent(String username) {
        return staff(username, Roles.AGENT);
    }

    public static String reviewer(String username) {
        return staff(username, Roles.REVIEWER);
    }

    public static String admin() {
        return staff("admin", Roles.ADMIN, Roles.AGENT, Roles.REVIEWER);
    }

    public static String service() {
        return app("store-backend", Set.of(Roles.SERVICE), null);
    }

    public static String staff(String username, String... roles) {
        return app(username, Set.of(roles), null);
    }

    /** A customer the store has signed in. */
    public static String shopper(String customerId) {
        return Jwt.issuer(STORE_ISSUER).subject(customerId).groups(Roles.SHOPPER).expiresAt(Instant.now().plusSeconds(3600))
                .jws().keyId("demo-store-dev").sign(STORE_KEY);
    }

    /** An anonymous shopper's session, as POST /auth/session issues it. */
    public static String anonymous(String sessionId) {
        return app(sessionId, Set.of(Roles.SHOPPER), sessionId);
    }

    private static String app(String subject, Set<String> roles, String session) {
        var claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(roles)
                .expiresAt(Instant.now().plusSeconds(3600));
        if (session != null) {
            claims.claim("sid", session);
        }
        return claims.jws().keyId("aisle-dev").sign(APP_KEY);
    }
}
