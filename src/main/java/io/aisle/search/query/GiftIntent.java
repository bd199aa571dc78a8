package io.aisle.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gift phrasing: "gift for someone who loves cats", "present for a gardener", "something for a tea lover",
 * "housewarming present". The words that say it is a gift, and the filler around the recipient, describe no
 * product; matched literally they find gift wrap and gift tags. What is left ("cats", "gardener", "tea",
 * "housewarming") is what the keyword retriever should look for. Embeddings read the whole phrase well, so
 * only the keyword text changes. "gift wrap" or "baby gift set" name products and are left alone.
 */
final class GiftIntent {

    private static final Set<String> GIFT_NOUNS = Set.of("gift", "gifts", "present", "presents", "something", "idea",
            "ideas");
    /** Words around the recipient: "for someone who loves", "for a ... lover", "for my ... fan". */
    private static final Set<String> RECIPIENT_FILLER = Set.of("for", "a", "an", "the", "my", "our", "someone",
            "somebody", "who", "loves", "love", "likes", "like", "enjoys", "lover", "lovers", "fan", "fans", "into");

    private GiftIntent() {
    }

    /**
     * The words to match as keywords: {@code words} without gift phrasing, or {@code words} themselves when the
     * query is not phrased as a gift (or nothing would be left).
     */
    static List<String> keywordWords(List<String> words) {
        int noun = giftNoun(words);
        if (noun < 0) {
            return words;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean phrasing = i < noun ? GIFT_NOUNS.contains(word) : i == noun || RECIPIENT_FILLER.contains(word);
            if (!phrasing) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? words : kept;
    }

    static boolean isGiftNoun(String word) {
        return GIFT_NOUNS.contains(word);
    }

    /** The gift noun that makes this gift phrasing: followed by "for", or last after an occasion; else -1. */
    private static int giftNoun(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!GIFT_NOUNS.contains(words.get(i))) {
                continue;
            }
            boolean forSomeone = i + 1 < words.size() && words.get(i + 1).equals("for");
            boolean afterOccasion = i == words.size() - 1 && i > 0;
            if (forSomeone || afterOccasion) {
                return i;
            }
        }
        return -1;
    }
}
