package io.aisle.security;

import java.util.Set;

/** Who may call what. Staff roles come only from tokens of a staff issuer (see IssuerPolicy). */
public final class Roles {

    /** A shopper: signed in at the store (the store's token) or anonymous (a session token from this app). */
    public static final String SHOPPER = "shopper";
    /** Customer-service agents: the console, customers' orders and value. */
    public static final String AGENT = "agent";
    /** Reviewers: read and label conversation logs, dashboards. Never write to customers. */
    public static final String REVIEWER = "reviewer";
    /** Store engineers: models, imports, staff accounts, privacy requests. */
    public static final String ADMIN = "admin";
    /** Machine clients such as the store's backend: event and catalog ingestion, the OpenAI-compatible API. */
    public static final String SERVICE = "service";

    public static final Set<String> STAFF = Set.of(AGENT, REVIEWER, ADMIN);
    public static final Set<String> ALL = Set.of(SHOPPER, AGENT, REVIEWER, ADMIN, SERVICE);

    private Roles() {
    }
}
