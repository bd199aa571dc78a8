package io.aisle.console.brief.service;

import io.aisle.console.brief.model.HandoffBrief.Mood;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shopper's mood from their messages, by signals an agent can check: negative words (2 points each), a
 * message in capitals (2), a question asked again (2), "!!" (1 per message), asking for a human (1, once).
 * Up to 1 point is calm, up to 4 frustrated, 5 or more angry. Every point comes with its reason.
 */
public final class MoodScorer {

    public static final String CALM = "calm";
    public static final String FRUSTRATED = "frustrated";
    public static final String ANGRY = "angry";

    private static final Pattern NEGATIVE = Pattern.compile("\\b(useless|terrible|awful|horrible|ridiculous|stupid|"
            + "hate|worst|rubbish|pathetic|unacceptable|annoy(?:ed|ing)|angry|furious|frustrat(?:ed|ing)|disappointed|"
            + "disgusting|scam|nonsense|waste of time|wtf|not helpful|unhelpful|no help|still waiting)\\b");
    private static final Pattern HUMAN = Pattern.compile("\\b(agent|human|person|someone real|real people|"
            + "representative|manager|operator)s?\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final double SAME_QUESTION = 0.75;
    private static final int MIN_SHOUTED_LETTERS = 6;
    private static final int QUOTED_CHARS = 100;

    private MoodScorer() {
    }

    /** @param shopperMessages the shopper's messages in the order they were written */
    public static Mood score(List<String> shopperMessages) {
        Set<String> negative = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        int score = 0;
        int shouted = 0;
        int exclaimed = 0;
        String humanRequest = null;
        List<Set<String>> earlier = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String message : shopperMessages) {
            String lower = message.toLowerCase(Locale.ROOT);
            Matcher words = NEGATIVE.matcher(lower);
            while (words.find()) {
                negative.add(words.group(1));
                score += 2;
            }
            if (shouting(message)) {
                shouted++;
            }
            if (message.contains("!!")) {
                exclaimed++;
            }
            if (humanRequest == null && HUMAN.matcher(lower).find()) {
                humanRequest = message;
            }
            Set<String> tokens = tokens(lower);
            if (tokens.size() >= 2 && earlier.stream().anyMatch(e -> similarity(e, tokens) >= SAME_QUESTION)) {
                repeated.add(message);
            }
            earlier.add(tokens);
        }
        if (!negative.isEmpty()) {
            reasons.add("negative words: " + String.join(", ", negative));
        }
        if (shouted > 0) {
            score += 2 * shouted;
            reasons.add("wrote in capitals (" + times(shouted) + ")");
        }
        if (!repeated.isEmpty()) {
            score += 2 * repeated.size();
            reasons.add("asked the same again (" + times(repeated.size()) + "): \""
                    + LogFacts.cut(repeated.get(0), QUOTED_CHARS) + "\"");
        }
        if (exclaimed > 0) {
            score += exclaimed;
            reasons.add("used \"!!\" (" + times(exclaimed) + ")");
        }
        if (humanRequest != null) {
            score += 1;
            reasons.add("asked for a human: \"" + LogFacts.cut(humanRequest, QUOTED_CHARS) + "\"");
        }
        return new Mood(score >= 5 ? ANGRY : score >= 2 ? FRUSTRATED : CALM, score, reasons);
    }

    private static boolean shouting(String message) {
        long letters = message.chars().filter(Character::isLetter).count();
        long upper = message.chars().filter(Character::isUpperCase).count();
        return letters >= MIN_SHOUTED_LETTERS && upper >= 0.7 * letters;
    }

    private static Set<String> tokens(String lower) {
        Set<String> out = new HashSet<>();
        Matcher word = WORD.matcher(lower);
        while (word.find()) {
            out.add(word.group());
        }
        return out;
    }

    /** Jaccard similarity of two messages' words. */
    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return union.isEmpty() ? 0 : (double) common / union.size();
    }

    private static String times(int n) {
        return n == 1 ? "1 message" : n + " messages";
    }
}
