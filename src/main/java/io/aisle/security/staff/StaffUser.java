package io.aisle.security.staff;

import java.util.Set;

/** A member of staff as the console shows them; the password hash never leaves the repository. */
public record StaffUser(String username, String displayName, Set<String> roles, int capacity, boolean active) {
}
