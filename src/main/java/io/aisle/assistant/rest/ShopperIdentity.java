package io.aisle.assistant.rest;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.common.rest.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * Who is calling. TEMPORARY until the security issue lands: the signed-in customer is taken from the
 * {@code X-Customer-Id} header, which the store's backend sets for a signed-in shopper and which must not be
 * settable by browsers (a reverse proxy strips it). The security issue replaces this class with a verified JWT;
 * everything else asks only this class.
 */
final class ShopperIdentity {

    static final String CUSTOMER_HEADER = "X-Customer-Id";
    static final String SESSION_HEADER = "X-Session-Id";
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private ShopperIdentity() {
    }

    static Shopper of(String customerHeader, String sessionHeader) {
        return new Shopper(valid(CUSTOMER_HEADER, customerHeader), valid(SESSION_HEADER, sessionHeader));
    }

    private static String valid(String header, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.single(header, "must be 1 to 128 printable ASCII characters without spaces");
        }
        return id;
    }
}
