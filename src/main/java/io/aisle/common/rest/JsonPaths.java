package io.aisle.common.rest;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Renders Jackson's reference chain as a field path callers recognise, e.g. {@code [3].occurredAt}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
