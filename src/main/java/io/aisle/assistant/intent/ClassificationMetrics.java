package io.aisle.assistant.intent;

import java.util.List;

/** Accuracy and macro-averaged F1 of predictions against labels (each class counts equally in macro-F1). */
public record ClassificationMetrics(int examples, double accuracy, double macroF1) {

    public static ClassificationMetrics of(List<Intent> truth, List<Intent> predicted) {
        int classes = Intent.values().length;
        int[] tp = new int[classes];
        int[] fp = new int[classes];
        int[] fn = new int[classes];
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            int t = truth.get(i).ordinal();
            int p = predicted.get(i).ordinal();
            if (t == p) {
                correct++;
                tp[t]++;
            } else {
                fp[p]++;
                fn[t]++;
            }
        }
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            if (tp[c] + fn[c] == 0 && fp[c] == 0) {
                continue; // a class absent from both sides says nothing
            }
            present++;
            double precision = tp[c] + fp[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fp[c]);
            double recall = tp[c] + fn[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fn[c]);
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new ClassificationMetrics(truth.size(), truth.isEmpty() ? 0 : (double) correct / truth.size(),
                present == 0 ? 0 : f1Sum / present);
    }
}
