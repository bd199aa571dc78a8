package io.aisle.search.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aisle.search.model.Facets;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SearchHit;
import io.aisle.search.model.SearchResult;
import io.aisle.search.query.ParsedQuery;
import java.util.List;

/**
 * The answer to {@code GET /search}.
 *
 * @param searchId       id of the search event in the event log; send it with later clicks
 * @param sessionId      the X-Session-Id sent, or the anonymous one generated (also in the X-Session-Id header)
 * @param mode           hybrid, keyword or vector; "list" when the query had no words and only filters were applied
 * @param model          the embedding model of the vector retriever, when it took part
 * @param interpretation how the query was read: the text the retrievers got and the filters its words became
 * @param filters        every filter that was applied
 * @param relaxed        query-derived filters dropped because nothing matched with them ("category", "colour")
 * @param total          size of the whole result set (candidates after fusion, or the filtered catalog)
 * @param tookMs         time spent searching, in milliseconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResponse(String searchId, String sessionId, String query, String mode, String model,
                             ParsedQuery interpretation, SearchFilters filters, List<String> relaxed,
                             List<SearchHit> items, int page, int size, long total, Facets facets, long tookMs) {

    static SearchResponse of(String searchId, String sessionId, String query, SearchResult r, long tookMs) {
        return new SearchResponse(searchId, sessionId, query, r.mode(), r.model(), r.interpretation(), r.filters(),
                r.relaxed(), r.items(), r.page(), r.size(), r.total(), r.facets(), tookMs);
    }
}
