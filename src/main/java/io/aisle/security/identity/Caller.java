package io.aisle.security.identity;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.security.Roles;
import io.aisle.security.token.TokenIssuer;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling this request, as the verified token says. Ids never come from request bodies or headers. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final IssuerPolicy policy;

    public Caller(SecurityIdentity identity, IssuerPolicy policy) {
        this.identity = identity;
        this.policy = policy;
    }

    /** The signed-in staff member's username. */
    public String staffId() {
        require(Roles.STAFF.stream().anyMatch(identity::hasRole));
        return identity.getPrincipal().getName();
    }

    /** The shopper of a shopper token: the store's customer id, or the anonymous session. */
    public Shopper shopper() {
        require(identity.hasRole(Roles.SHOPPER));
        JsonWebToken jwt = (JsonWebToken) identity.getPrincipal();
        return policy.shopper(jwt.getIssuer(), jwt.getSubject(), jwt.getClaim(TokenIssuer.SESSION_CLAIM));
    }

    /** Whoever is calling, for the audit log: a username, a service name or a token subject. */
    public String name() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return identity.getPrincipal().getName();
    }

    /** Staff may read any customer's data; a shopper only that of the customer their token names. */
    public void requireCustomerOrStaff(String customerId) {
        if (Roles.STAFF.stream().anyMatch(identity::hasRole)) {
            return;
        }
        require(identity.hasRole(Roles.SHOPPER) && customerId != null && customerId.equals(shopper().customerId()));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private void require(boolean allowed) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
