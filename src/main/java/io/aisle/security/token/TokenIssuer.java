package io.aisle.security.token;

import io.aisle.security.Roles;
import io.aisle.security.config.SecurityConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs the tokens this app issues: staff after sign-in, anonymous shopper sessions, service clients, and (demo
 * store only) signed-in shoppers as the store would.
 */
@ApplicationScoped
public class TokenIssuer {

    /** The claim naming a shopper's browser session. */
    public static final String SESSION_CLAIM = "sid";

    private final SecurityConfig config;
    private final PrivateKey key;

    public TokenIssuer(SecurityConfig config) {
        this.config = config;
        this.key = SigningKeys.read(config.signingKey());
    }

    public IssuedToken staff(String username, Set<String> roles, String displayName) {
        Instant expires = Instant.now().plus(config.staffTokenLifetime());
        String token = Jwt.issuer(config.issuer()).subject(username).upn(username).groups(roles)
                .claim("name", displayName).expiresAt(expires)
                .jws().keyId(config.signingKeyId()).sign(key);
        return new IssuedToken(token, username, expires);
    }

    /** A new anonymous shopper: the token's subject is the session id. */
    public IssuedToken anonymousSession() {
        String session = "anon-" + UUID.randomUUID();
        Instant expires = Instant.now().plus(config.sessionTokenLifetime());
        String token = Jwt.issuer(config.issuer()).subject(session).groups(Roles.SHOPPER)
                .claim(SESSION_CLAIM, session).expiresAt(expires)
                .jws().keyId(config.signingKeyId()).sign(key);
        return new IssuedToken(token, session, expires);
    }

    public IssuedToken service(String name, Duration lifetime) {
        Instant expires = Instant.now().plus(lifetime);
        String token = Jwt.issuer(config.issuer()).subject(name).upn(name).groups(Roles.SERVICE).expiresAt(expires)
                .jws().keyId(config.signingKeyId()).sign(key);
        return new IssuedToken(token, name, expires);
    }
}
