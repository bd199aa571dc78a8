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
 * Keyword candidates: full-text matches of the query words (weighted tsvector, GIN), ranked by ts_rank over all
 * of them with a bonus for matching every word, together with titles that resemble the query words the catalog
 * does not know (pg_trgm word_similarity, GIN trigram index), so that misspellings still match. A common word
 * (see {@link KeywordQuery#commonLexemes()}) finds candidates only when the query has no rarer word: then paired
 * with another common word, or alone when it is the query's only word. Filters apply inside both.
 */
@ApplicationScoped
public class KeywordSearchRepository {

    /** Weights of D, C, B, A (description, attributes, category, title) for ts_rank. */
    private static final String WEIGHTS = "'{0.1, 0.3, 0.5, 1.0}'";
    /**
     * The query's lexemes: any_word ranks, finding_words finds: each rare lexeme; when the query has none, each
     * pair of common ones ("red & bag"); any lexeme when that leaves nothing (a query of one common word).
     */
    private static final String QUERY_WORDS = """
            WITH lexemes AS MATERIALIZED (
                SELECT l, '''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''' AS quoted, l = ANY (?::text[]) AS common
                FROM unnest(tsvector_to_array(to_tsvector('english', ?))) AS l
            ),
            q AS MATERIALIZED (
                SELECT all_words, any_word, CASE WHEN finding = '' THEN any_word ELSE finding::tsquery END AS finding_words
                FROM (SELECT plainto_tsquery('english', ?) AS all_words,
                             coalesce((SELECT string_agg(quoted, ' | ') FROM lexemes), '')::tsquery AS any_word,
                             coalesce((SELECT string_agg(quoted, ' | ') FROM lexemes WHERE NOT common),
                                      (SELECT string_agg('(' || a.quoted || ' & ' || b.quoted || ')', ' | ')
                                       FROM lexemes a JOIN lexemes b ON a.l < b.l WHERE a.common AND b.common),
                                      '') AS finding
                     ) AS words
            )""";
    /** One tier of full-text candidates: the bonus, then the match condition. */
    private static final String TIER = """
            (SELECT p.id, ts_rank(%s, p.search_tsv, q.any_word, 1) + %%s AS s
             FROM products p CROSS JOIN q
             WHERE %%s""".formatted(WEIGHTS);

    private final DataSource dataSource;

    public KeywordSearchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param trigramWeight weight of the mean trigram similarity (of all trigram words) in the score
     * @param threshold     pg_trgm.word_similarity_threshold for this query
     */
    public List<Candidate> search(KeywordQuery query, SearchFilters filters, int limit, double trigramWeight,
                                  double threshold) throws SQLException {
        String threshold3 = String.format(Locale.ROOT, "%.3f", Math.max(0, Math.min(1, threshold)));
        return ReadTransaction.run(dataSource, c -> {
            List<String> unknown = unknownWords(c, query.typoWords());
            Sql sql = query(query, unknown, filters, limit, trigramWeight);
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

    private static Sql query(KeywordQuery query, List<String> unknown, SearchFilters filters, int limit,
                             double trigramWeight) {
        List<String> trigramWords = query.trigramWords();
        // ts_rank is below 1, so every product with all the words ranks above every product with only some: the
        // second tier (ranking each product with a finding word: tens of thousands for a common word in a large
        // catalog) runs only when the first leaves room
        Sql sql = new Sql().append(QUERY_WORDS, query.commonLexemes().toArray(String[]::new), query.text(),
                query.text()).append(", fts AS (SELECT id, s FROM (");
        tier(sql, "1", "p.search_tsv @@ q.all_words", filters, limit);
        sql.append(" UNION ALL ");
        tier(sql, "0", "p.search_tsv @@ q.finding_words AND NOT p.search_tsv @@ q.all_words", filters, limit);
        sql.append(") AS tiers LIMIT ?)", limit);
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

    private static void tier(Sql sql, String bonus, String match, SearchFilters filters, int limit) {
        sql.append(TIER.formatted(bonus, match));
        FilterSql.append(sql, filters);
        sql.append(" ORDER BY s DESC, p.id LIMIT ?)", limit);
    }
}
