package io.aisle.assistant.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.onnx.OnnxModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The intent classifier on the repo's utterances, with the app's default embedding model. */
class IntentClassifierTest {

    private static TextEmbedder embedder;

    @BeforeAll
    static void model() {
        embedder = OnnxModel.ALL_MINILM_L6_V2_Q.load();
    }

    @Test
    void everyIntentHasAtLeastThirtyUtterancesAndTheSplitIsFixed() {
        IntentDataset data = IntentDataset.load();
        Map<Intent, Long> own = data.heldOut().stream().collect(Collectors.groupingBy(LabelledUtterance::intent,
                Collectors.counting()));
        for (Intent intent : Intent.values()) {
            long total = data.all().stream().filter(u -> u.intent() == intent).count();
            assertTrue(total >= 30, intent + " has " + total);
            assertTrue(own.getOrDefault(intent, 0L) >= 6, intent + " held out " + own.get(intent));
        }
        assertEquals(data.heldOut(), IntentDataset.load().heldOut());
        assertTrue(data.train().stream().noneMatch(data.heldOut()::contains), "held-out lines leak into training");
    }

    @Test
    void heldOutAccuracyIsHighAndBeatsTheNearestCentroidBaseline() {
        IntentEvaluation evaluation = IntentEvaluation.run(embedder, 0.45);
        evaluation.mistakes().forEach(System.out::println);
        System.out.printf("softmax %s%nthreshold %s%ncentroid %s%n", evaluation.softmax(),
                evaluation.softmaxWithThreshold(), evaluation.centroid());
        assertTrue(evaluation.softmax().accuracy() >= 0.80, "accuracy " + evaluation.softmax());
        assertTrue(evaluation.softmax().macroF1() >= evaluation.centroid().macroF1(), evaluation.toString());
    }

    @Test
    void messagesAboutOtherThingsAreOutOfScopeOrUnsure() {
        IntentModel model = IntentModel.train(embedder, IntentDataset.load().all(), 0.45);
        for (String message : List.of("what is the population of canada", "write an essay on climate change",
                "who will win the election")) {
            IntentPrediction p = model.classify(message);
            assertTrue(p.intent() == Intent.OUT_OF_SCOPE || !p.confident(), message + " -> " + p);
        }
        IntentPrediction order = model.classify("wheres my order 536999 pls");
        assertEquals(Intent.ORDER_STATUS, order.intent());
        assertTrue(order.confident());
        assertFalse(model.classify("hiya").intent() != Intent.GREETING);
    }
}
