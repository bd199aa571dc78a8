package io.aisle.search.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** Price bounds; a null bound is open. "under 50" is max 50 exclusive, "up to 50" max 50 inclusive. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceRange(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

    public static final PriceRange ANY = new PriceRange(null, true, null, true);

    @JsonIgnore
    public boolean isOpen() {
        return min == null && max == null;
    }

    public PriceRange atLeast(BigDecimal value, boolean inclusive) {
        if (min == null || value.compareTo(min) > 0 || (value.compareTo(min) == 0 && !inclusive)) {
            return new PriceRange(value, inclusive, max, maxInclusive);
        }
        return this;
    }

    public PriceRange atMost(BigDecimal value, boolean inclusive) {
        if (max == null || value.compareTo(max) < 0 || (value.compareTo(max) == 0 && !inclusive)) {
            return new PriceRange(min, minInclusive, value, inclusive);
        }
        return this;
    }

    /** Both ranges at once (the tighter bound of each side). */
    public PriceRange and(PriceRange other) {
        PriceRange out = this;
        if (other.min != null) {
            out = out.atLeast(other.min, other.minInclusive);
        }
        if (other.max != null) {
            out = out.atMost(other.max, other.maxInclusive);
        }
        return out;
    }

    /** True when no price can satisfy both bounds. */
    @JsonIgnore
    public boolean isEmpty() {
        if (min == null || max == null) {
            return false;
        }
        int cmp = min.compareTo(max);
        return cmp > 0 || (cmp == 0 && !(minInclusive && maxInclusive));
    }

    public boolean contains(BigDecimal price) {
        if (min != null && (minInclusive ? price.compareTo(min) < 0 : price.compareTo(min) <= 0)) {
            return false;
        }
        return max == null || (maxInclusive ? price.compareTo(max) <= 0 : price.compareTo(max) < 0);
    }
}
