package io.aisle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.security.identity.IssuerPolicy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssuerPolicyTest {

    private final IssuerPolicy policy = new IssuerPolicy("aisle", List.of("https://sso.example"), List.of("store"));

    @Test
    void theAppsOwnTokensKeepTheirKnownRoles() {
        assertEquals(Optional.of(Set.of("agent", "admin")), policy.roles("aisle", Set.of("agent", "admin", "root")));
    }

    @Test
    void theStoresTokensOnlyEverMakeAShopper() {
        assertEquals(Optional.of(Set.of("shopper")), policy.roles("store", Set.of("admin", "agent")));
        assertEquals(Optional.of(Set.of("shopper")), policy.roles("store", null));
    }

    @Test
    void aStaffIssuerGrantsStaffRolesButNotServiceOrShopper() {
        assertEquals(Optional.of(Set.of("reviewer")), policy.roles("https://sso.example", Set.of("reviewer", "service", "shopper")));
    }

    @Test
    void unknownOrMissingIssuersAreNotTrusted() {
        assertTrue(policy.roles("evil", Set.of("admin")).isEmpty());
        assertTrue(policy.roles(null, Set.of("admin")).isEmpty());
    }

    @Test
    void aStoreTokenNamesTheCustomerAndAnAppTokenTheAnonymousSession() {
        assertEquals(new Shopper("c-17", null), policy.shopper("store", "c-17", null));
        assertEquals(new Shopper("c-17", "s-1"), policy.shopper("store", "c-17", "s-1"));
        assertEquals(new Shopper(null, "anon-1"), policy.shopper("aisle", "anon-1", "anon-1"));
    }

    @Test
    void theStoreCannotAlsoBeAStaffIssuer() {
        assertThrows(IllegalStateException.class, () -> new IssuerPolicy("aisle", List.of("store"), List.of("store")));
        assertThrows(IllegalStateException.class, () -> new IssuerPolicy("aisle", List.of(), List.of("aisle")));
    }
}
