package io.aisle.assistant.rest;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.common.rest.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * Who is calling. TEMPORARY until the security issue lands: the signed-in customer is taken from the
 * {@code X-Customer-Id} header, which the store's backend sets for a signed-in shopper and which must not be
 * settable by browsers (a reverse proxy strips it). Browsers cannot set headers on a WebSocket, so the chat socket
 * takes the same two ids from its query string ({@code ?sessionId=&customerId=}), which is exactly as unverified.
 * The security issue replaces this class with a verified JWT; everything else asks only this class.
 */
public final class ShopperIdentity {

    public static final String CUSTOMER_HEADER = "X-Customer-Id";
    public static final String SESSION_HEADER = "X-Session-Id";
    public static final String CUSTOMER_QUERY = "customerId";
    public static final String SESSION_QUERY = "sessionId";
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private ShopperIdentity() {
    }

    /** From the {@code X-Customer-Id} and {@code X-Session-Id} headers of a REST call. */
    public static Shopper of(String customerHeader, String sessionHeader) {
        return new Shopper(valid(CUSTOMER_HEADER, customerHeader), valid(SESSION_HEADER, sessionHeader));
    }

    /** From the {@code customerId} and {@code sessionId} query parameters of a WebSocket's opening request. */
    public static Shopper fromQuery(String customerParameter, String sessionParameter) {
        return new Shopper(valid(CUSTOMER_QUERY, customerParameter), valid(SESSION_QUERY, sessionParameter));
    }

    private static String valid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.single(name, "must be 1 to 128 printable ASCII characters without spaces");
        }
        return id;
    }
}
