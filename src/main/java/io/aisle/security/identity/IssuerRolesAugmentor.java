package io.aisle.security.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Replaces the roles of every verified JWT by those its issuer may grant ({@link IssuerPolicy}). */
@ApplicationScoped
public class IssuerRolesAugmentor implements SecurityIdentityAugmentor {

    private final IssuerPolicy policy;

    public IssuerRolesAugmentor(IssuerPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = policy.roles(jwt.getIssuer(), jwt.getGroups()).orElse(null);
        if (roles == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("tokens of this issuer are not accepted"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .build());
    }
}
