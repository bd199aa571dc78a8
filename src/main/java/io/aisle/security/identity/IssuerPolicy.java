package io.aisle.security.identity;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.security.Roles;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a verified token may do depends on who issued it: this app's own tokens carry their roles; a staff issuer
 * (an OIDC provider) grants staff roles only; the store's tokens make a signed-in shopper and nothing more, whatever
 * their groups claim says; any other issuer is not trusted.
 */
public final class IssuerPolicy {

    private final String ownIssuer;
    private final Set<String> staffIssuers;
    private final Set<String> shopperIssuers;

    public IssuerPolicy(String ownIssuer, List<String> staffIssuers, List<String> shopperIssuers) {
        this.ownIssuer = ownIssuer;
        this.staffIssuers = Set.copyOf(staffIssuers);
        this.shopperIssuers = Set.copyOf(shopperIssuers);
        if (this.shopperIssuers.contains(ownIssuer) || this.shopperIssuers.stream().anyMatch(this.staffIssuers::contains)) {
            throw new IllegalStateException("a shopper issuer must not also issue staff tokens: " + shopperIssuers);
        }
    }

    /** The roles a verified token grants, or empty when its issuer is not trusted. */
    public Optional<Set<String>> roles(String issuer, Set<String> groups) {
        if (issuer == null) {
            return Optional.empty();
        }
        if (shopperIssuers.contains(issuer)) {
            return Optional.of(Set.of(Roles.SHOPPER));
        }
        Set<String> allowed = issuer.equals(ownIssuer) ? Roles.ALL : staffIssuers.contains(issuer) ? Roles.STAFF : null;
        if (allowed == null) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>(groups == null ? Set.of() : groups);
        roles.retainAll(allowed);
        return Optional.of(Set.copyOf(roles));
    }

    /** The shopper a shopper token names: the store's customer, or this app's anonymous session. */
    public Shopper shopper(String issuer, String subject, String sessionClaim) {
        if (shopperIssuers.contains(issuer)) {
            return new Shopper(subject, sessionClaim);
        }
        return new Shopper(null, sessionClaim != null ? sessionClaim : subject);
    }
}
