package io.aisle.assistant.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled utterances kept in the repo (classpath assistant/intents): one file per intent, one message a line,
 * written as shoppers write; plus {@code bitext.tsv}, public customer-support utterances mapped to our intents
 * (intent TAB text), used for training only. The split is fixed: every fifth line of an intent's file (line
 * index % 5 == 4) is held out for evaluation.
 */
public record IntentDataset(List<LabelledUtterance> train, List<LabelledUtterance> heldOut) {

    private static final String DIR = "assistant/intents/";
    private static final int HOLD_OUT_EVERY = 5;

    public static IntentDataset load() {
        List<LabelledUtterance> train = new ArrayList<>();
        List<LabelledUtterance> heldOut = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            List<String> lines = lines(intent.wireName() + ".tsv");
            for (int i = 0; i < lines.size(); i++) {
                (i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 ? heldOut : train).add(new LabelledUtterance(intent, lines.get(i)));
            }
        }
        for (String line : lines("bitext.tsv")) {
            int tab = line.indexOf('\t');
            train.add(new LabelledUtterance(Intent.of(line.substring(0, tab)), line.substring(tab + 1).strip()));
        }
        return new IntentDataset(List.copyOf(train), List.copyOf(heldOut));
    }

    /** Everything, for the classifier the app serves (the held-out lines only matter for measuring). */
    public List<LabelledUtterance> all() {
        List<LabelledUtterance> all = new ArrayList<>(train);
        all.addAll(heldOut);
        return all;
    }

    private static List<String> lines(String file) {
        String path = DIR + file;
        try (InputStream in = IntentDataset.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("utterance file " + path + " is missing from the classpath");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
