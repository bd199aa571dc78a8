package io.aisle.security.identity;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.security.Roles;
import io.aisle.security.token.TokenIssuer;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Browsers cannot set headers on a WebSocket, so the chat socket carries its token in the query string
 * ({@code ?token=}); it is verified here exactly as a bearer token is (signature, expiry, issuer policy).
 */
@ApplicationScoped
public class SocketAuthenticator {

    private final JWTParser parser;
    private final IssuerPolicy policy;

    public SocketAuthenticator(JWTParser parser, IssuerPolicy policy) {
        this.parser = parser;
        this.policy = policy;
    }

    /** The shopper the token names, or empty when it is missing, invalid, expired or not a shopper token. */
    public Optional<Shopper> shopper(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            return Optional.empty();
        }
        boolean shopper = policy.roles(jwt.getIssuer(), jwt.getGroups()).filter(r -> r.contains(Roles.SHOPPER)).isPresent();
        return shopper ? Optional.of(policy.shopper(jwt.getIssuer(), jwt.getSubject(),
                jwt.getClaim(TokenIssuer.SESSION_CLAIM))) : Optional.empty();
    }
}
