package io.aisle.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a shopper's message before anything else sees it: personal data (card numbers, email addresses, phone
 * numbers) is masked, and phrases that try to instruct the assistant ("ignore previous instructions") are flagged.
 */
public final class InputGuard {

    public static final String INJECTION = "prompt_injection";
    public static final String PERSONAL_DATA = "personal_data_masked";

    /** A masked message and what was found in it. */
    public record Checked(String text, List<String> flags) {
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** 13 to 19 digits, optionally grouped by spaces or dashes (cards), or 10 to 15 (phones, when not a card). */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w])\\+?\\d(?:[ ()-]{0,2}\\d){9,18}(?![\\w])");
    private static final Pattern INJECTION_PATTERN = Pattern.compile(String.join("|",
            "ignore (?:all |any |the |your )*(?:previous|prior|above|earlier|preceding)? ?(?:instructions|prompts?|rules|messages)",
            "disregard (?:all |any |the |your )*(?:previous |prior |above )?(?:instructions|prompts?|rules)",
            "forget (?:all |your |everything )(?:instructions|rules|you were told)?",
            "you are now", "act as (?:an? )?(?:admin|administrator|developer|system|root)", "pretend (?:to be|you are)",
            "system prompt", "developer mode", "jailbreak", "reveal (?:your|the) (?:instructions|prompt|rules)",
            "</?(?:system|assistant|instructions?)>", "\\bDAN\\b", "as (?:an? )?(?:admin|administrator)\\b",
            "override (?:the |your )?(?:rules|instructions|restrictions)"), Pattern.CASE_INSENSITIVE);

    private InputGuard() {
    }

    public static Checked check(String message) {
        List<String> flags = new ArrayList<>();
        if (INJECTION_PATTERN.matcher(message).find()) {
            flags.add(INJECTION);
        }
        String masked = EMAIL.matcher(message).replaceAll("[email]");
        Matcher digits = DIGIT_RUN.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (digits.find()) {
            String number = digits.group().replaceAll("\\D", "");
            String replacement = number.length() >= 13 && luhn(number) ? "[card number]" : "[phone number]";
            digits.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        digits.appendTail(out);
        masked = out.toString();
        if (!masked.equals(message)) {
            flags.add(PERSONAL_DATA);
        }
        return new Checked(masked, List.copyOf(flags));
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
