package io.aisle.llm.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns byte-level BPE merges greedily: split the corpus as the family's pre-tokenizer does, then
 * repeatedly merge the most frequent adjacent pair (ties broken by the pair's text, so the result
 * never depends on hash order) until the vocabulary has the requested size.
 */
final class BpeTrainer {

    /** The learned model: symbol to id (bytes first, in published order) and merges in rank order. */
    record Bpe(Map<String, Integer> vocab, List<String[]> merges) {
    }

    private BpeTrainer() {
    }

    static Bpe train(String corpus, String splitRegex, int vocabSize) {
        if (vocabSize < 256) {
            throw new IllegalArgumentException("a byte-level vocabulary needs at least 256 entries, not " + vocabSize);
        }
        Map<String, Integer> vocab = new LinkedHashMap<>();
        for (int b : ByteLevelAlphabet.BYTE_ORDER) {
            vocab.put(String.valueOf(ByteLevelAlphabet.SYMBOL[b]), vocab.size());
        }
        Map<List<String>, Integer> words = wordCounts(corpus, splitRegex);
        List<String[]> merges = new ArrayList<>();
        while (vocab.size() < vocabSize) {
            String[] best = mostFrequentNewPair(words, vocab);
            if (best == null) {
                throw new IllegalArgumentException("the built-in corpus supports at most " + vocab.size()
                        + " vocabulary entries, not " + vocabSize);
            }
            merges.add(best);
            vocab.put(best[0] + best[1], vocab.size());
            words = applyMerge(words, best);
        }
        return new Bpe(vocab, merges);
    }

    private static Map<List<String>, Integer> wordCounts(String corpus, String splitRegex) {
        Map<List<String>, Integer> words = new HashMap<>();
        Matcher piece = Pattern.compile(splitRegex).matcher(corpus);
        while (piece.find()) {
            String symbols = ByteLevelAlphabet.encode(piece.group().getBytes(StandardCharsets.UTF_8));
            List<String> word = new ArrayList<>(symbols.length());
            symbols.chars().forEach(c -> word.add(String.valueOf((char) c)));
            words.merge(word, 1, Integer::sum);
        }
        return words;
    }

    /** The pair to merge next; pairs whose merged text is already a symbol add nothing and are skipped. */
    private static String[] mostFrequentNewPair(Map<List<String>, Integer> words, Map<String, Integer> vocab) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String[]> pairs = new HashMap<>();
        words.forEach((word, count) -> {
            for (int i = 0; i + 1 < word.size(); i++) {
                String key = word.get(i) + " " + word.get(i + 1);
                counts.merge(key, count, Integer::sum);
                pairs.putIfAbsent(key, new String[] {word.get(i), word.get(i + 1)});
            }
        });
        String best = null;
        int bestCount = 1;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String[] pair = pairs.get(entry.getKey());
            if (entry.getValue() > bestCount && !vocab.containsKey(pair[0] + pair[1])) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best == null ? null : pairs.get(best);
    }

    private static Map<List<String>, Integer> applyMerge(Map<List<String>, Integer> words, String[] pair) {
        Map<List<String>, Integer> merged = new HashMap<>();
        words.forEach((word, count) -> {
            List<String> out = new ArrayList<>(word.size());
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size() && word.get(i).equals(pair[0]) && word.get(i + 1).equals(pair[1])) {
                    out.add(pair[0] + pair[1]);
                    i++;
                } else {
                    out.add(word.get(i));
                }
            }
            merged.merge(out, count, Integer::sum);
        });
        return merged;
    }
}
