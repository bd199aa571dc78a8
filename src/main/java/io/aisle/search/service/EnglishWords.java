package io.aisle.search.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * English words for spelling correction, so that a real word the catalog lacks ("sofa") is not taken for a typo.
 * They are the whole-word entries (letters only, about 22,500) of the WordPiece vocabulary of the default
 * embedding model (BERT's uncased English vocabulary, Apache-2.0), which ships in that model's jar: a misspelling
 * is not a whole word there, so the embedding model splits it into pieces.
 */
final class EnglishWords {

    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private EnglishWords() {
    }

    /** The words, or an empty set when the model's jar is not on the class path. */
    static Set<String> load(ObjectMapper mapper) {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> words = new HashSet<>();
            for (Iterator<String> it = mapper.readTree(in).path("model").path("vocab").fieldNames(); it.hasNext(); ) {
                String word = it.next();
                if (!word.isEmpty() && word.chars().allMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the English word list " + TOKENIZER_RESOURCE + " failed", e);
        }
    }
}
