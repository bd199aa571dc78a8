package io.aisle.search.repository;

import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Keyword candidates: full-text matches of any query word (weighted tsvector, GIN), ranked by ts_rank with a
 * bonus for matching every word, together with titles that resemble the query words the catalog does not know
 * (pg_trgm word_similarity, GIN trigram index), so that misspellings still match. Filters apply inside both.
 */
@ApplicationScoped
public class KeywordSearchRepository {

    /** Weights of D, C, B, A (description, attributes, category, title) for ts_rank. */
    private static final String WEIGHTS = "'{0.1, 0.3, 0.5, 1.0}'";
    private static final String QUERIES = """
            WITH q AS MATERIALIZED (
                SELECT plainto_tsquery('english', ?) AS all_words,
                       coalesce((SELECT string_agg('''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''', ' | ')
                                 FROM unnest(tsvector_to_array(to_tsvector('english', ?))) AS l), '')::tsquery AS any_word
            ),
            fts AS (
                SELECT p.id, ts_rank(%s, p.search_tsv, q.any_word, 1)
                             + CASE WHEN p.search_tsv @@ q.all_words THEN 1 ELSE 0 END AS s
                FROM products p CROSS JOIN q
                WHERE p.search_tsv @@ q.any_word""".formatted(WEIGHTS);

    private final DataSource dataSource;

    public KeywordSearchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param text          the query words
     * @param trigramWords  words that may be misspelled; those the catalog's full-text index does not know are
     *                      matched against titles by trigram similarity (may be empty)
     * @param trigramWeight weight of the mean trigram similarity (of all trigram words) in the score
     * @param threshold     pg_trgm.word_similarity_threshold for this query
     */
    public List<Candidate> search(String text, List<String> trigramWords, SearchFilters filters, int limit,
                                  double trigramWeight, double threshold) throws SQLException {
        String threshold3 = String.format(Locale.ROOT, "%.3f", Math.max(0, Math.min(1, threshold)));
        return ReadTransaction.run(dataSource, c -> {
            List<String> unknown = unknownWords(c, trigramWords);
            Sql sql = query(text, trigramWords, unknown, filters, limit, trigramWeight);
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                List<Candidate> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Candidate(rs.getLong(1), rs.getDouble(2)));
                }
                return out;
            }
        }, "SET LOCAL pg_trgm.word_similarity_threshold = " + threshold3);
    }

    /**
     * The words no product has in its full-text vector: probably misspelled, so worth a trigram search. Words the
     * index knows need none (a trigram scan costs a word_similarity per title and query word).
     */
    private static List<String> unknownWords(Connection c, List<String> words) throws SQLException {
        if (words.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql().append("SELECT w FROM unnest(?::text[]) WITH ORDINALITY AS u(w, n) WHERE NOT EXISTS"
                + " (SELECT 1 FROM products p WHERE p.search_tsv @@ plainto_tsquery('english', u.w)) ORDER BY n",
                (Object) words.toArray(String[]::new));
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            List<String> unknown = new ArrayList<>();
            while (rs.next()) {
                unknown.add(rs.getString(1));
            }
            return unknown;
        }
    }

    private static Sql query(String text, List<String> trigramWords, List<String> unknown, SearchFilters filters,
                             int limit, double trigramWeight) {
        Sql sql = new Sql().append(QUERIES, text, text);
        FilterSql.append(sql, filters);
        sql.append(" ORDER BY s DESC, p.id LIMIT ?)", limit);
        if (!unknown.isEmpty()) {
            sql.append(", trg AS (SELECT p.id FROM products p WHERE (");
            for (int i = 0; i < unknown.size(); i++) {
                sql.append(i == 0 ? "p.title %> ?" : " OR p.title %> ?", unknown.get(i));
            }
            sql.append(")");
            FilterSql.append(sql, filters);
            sql.append(" ORDER BY (SELECT max(word_similarity(w, p.title)) FROM unnest(?::text[]) AS w) DESC, p.id"
                    + " LIMIT ?)", unknown.toArray(String[]::new), limit);
        }
        sql.append("""
                 SELECT c.id, coalesce(max(c.s), 0)
                        + ? * (SELECT coalesce(avg(word_similarity(w, p.title)), 0) FROM unnest(?::text[]) AS w) AS score
                 FROM (SELECT id, s FROM fts%s) AS c JOIN products p ON p.id = c.id
                 GROUP BY c.id, p.title
                 ORDER BY score DESC, c.id
                 LIMIT ?""".formatted(unknown.isEmpty() ? "" : " UNION ALL SELECT id, NULL FROM trg"),
                trigramWeight, trigramWords.toArray(String[]::new), limit);
        return sql;
    }
}
