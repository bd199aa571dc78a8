package io.aisle.recommend.bench;

import io.aisle.recommend.model.SasRecConfig;
import java.util.ArrayList;
import java.util.List;

/** A SASRec configuration to try, written as changes to the defaults, e.g. {@code dropout=0.3,hidden=128}. */
record SasRecVariant(String label, SasRecConfig config) {

    /** Variants separated by ';'; "defaults" (or nothing at all) is the default configuration. */
    static List<SasRecVariant> parseAll(String spec) {
        List<SasRecVariant> variants = new ArrayList<>();
        for (String variant : (spec.isBlank() ? "defaults" : spec).split(";")) {
            variants.add(parse(variant.strip()));
        }
        return variants;
    }

    private static SasRecVariant parse(String variant) {
        SasRecConfig c = SasRecConfig.defaults();
        if (!variant.equals("defaults")) {
            for (String change : variant.split(",")) {
                String[] kv = change.strip().split("=");
                String v = kv[1];
                c = switch (kv[0]) {
                    case "maxLength" -> c.withMaxLength(Integer.parseInt(v));
                    case "hidden" -> c.withHiddenSize(Integer.parseInt(v));
                    case "blocks" -> c.withBlocks(Integer.parseInt(v));
                    case "heads" -> c.withHeads(Integer.parseInt(v));
                    case "dropout" -> c.withDropout(Float.parseFloat(v));
                    case "wd" -> c.withWeightDecay(Float.parseFloat(v));
                    case "lr" -> c.withLearningRate(Float.parseFloat(v));
                    case "batch" -> c.withBatchSize(Integer.parseInt(v));
                    case "epochs" -> c.withMaxEpochs(Integer.parseInt(v));
                    case "patience" -> c.withPatience(Integer.parseInt(v));
                    case "seed" -> c.withSeed(Long.parseLong(v));
                    default -> throw new IllegalArgumentException("unknown SASRec setting " + kv[0] + " in " + variant);
                };
            }
        }
        return new SasRecVariant(variant, c);
    }
}
