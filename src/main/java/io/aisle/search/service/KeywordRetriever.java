package io.aisle.search.service;

import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.Ranking;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.QueryVocabulary;
import io.aisle.search.query.Spelling;
import io.aisle.search.query.Words;
import io.aisle.search.repository.KeywordQuery;
import io.aisle.search.repository.KeywordSearchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The keyword retriever on its own: full-text plus trigram, filtered, best first. */
@ApplicationScoped
public class KeywordRetriever {

    public static final String NAME = "keyword";
    /** A keyword score of 0 matches nothing: full-text rank, all-words bonus and trigram similarity are all 0. */
    private static final Double FLOOR = 0.0;
    private static final int MIN_TRIGRAM_WORD = 3;

    private final KeywordSearchRepository repository;
    private final QueryVocabularyCache vocabulary;
    private final SearchConfig.Keyword config;

    public KeywordRetriever(KeywordSearchRepository repository, QueryVocabularyCache vocabulary, SearchConfig config) {
        this.repository = repository;
        this.vocabulary = vocabulary;
        this.config = config.keyword();
    }

    public List<Candidate> retrieve(String text, SearchFilters filters, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            QueryVocabulary known = vocabulary.get();
            List<String> trigramWords = trigramWords(text);
            KeywordQuery query = new KeywordQuery(text, trigramWords, typoCandidates(trigramWords, known.spelling()),
                    known.commonLexemes());
            return repository.search(query, filters, limit, config.trigramWeight(), config.trigramThreshold());
        } catch (SQLException e) {
            throw new IllegalStateException("keyword search failed for '" + text + "'", e);
        }
    }

    /** Keyword candidates as a fusion input: their scores start from a real zero. */
    public static Ranking ranking(List<Candidate> candidates, double weight) {
        return new Ranking(NAME, candidates, weight, FLOOR);
    }

    /**
     * The words that may be typos the spelling corrector left: an English word the catalog lacks ("help", "warm")
     * is not one, and matching it by trigram only finds look-alikes ("help": Hearts Wrapping Tape, "warm": Washing
     * Up Gloves) at the price of a trigram scan of the titles (150 ms on a 100k catalog).
     */
    private static List<String> typoCandidates(List<String> words, Spelling spelling) {
        return words.stream().filter(word -> !spelling.isEnglishWord(word)).toList();
    }

    /** Words worth matching by trigram: with letters, not stop words, at least 3 characters, longest first. */
    List<String> trigramWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (Words.Token token : Words.tokens(text)) {
            String word = token.word();
            if (word.length() >= MIN_TRIGRAM_WORD && Words.hasLetter(word) && !Words.isStopWord(word)) {
                words.add(word);
            }
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .limit(Math.max(0, config.maxTrigramWords())).toList();
    }
}
