package io.aisle.llm.peer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Recomputes with jlama what our runtime wrote to a manifest (logits and greedy continuations of
 * generated models) and exits non-zero when any case disagrees beyond {@link Tolerance#DEFAULT}.
 * Usage: {@code PeerCheck <manifest.json>}.
 */
public final class PeerCheck {

    private PeerCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: PeerCheck <manifest.json>");
            System.exit(2);
        }
        PeerManifest manifest = PeerManifest.read(Path.of(args[0]));
        int cases = 0;
        int disagreements = 0;
        for (PeerManifest.Model entry : manifest.models()) {
            try (JlamaPeer peer = JlamaPeer.load(entry.dir())) {
                System.out.printf("%s (%s) with jlama: %s%n", entry.dir(), entry.architecture(), JlamaPeer.arithmetic());
                for (int i = 0; i < entry.cases().size(); i++) {
                    cases++;
                    if (!check(peer, entry.cases().get(i), i)) {
                        disagreements++;
                    }
                }
            }
        }
        if (cases == 0) {
            System.out.println("PeerCheck: the manifest lists no cases");
            System.exit(1);
        }
        System.out.printf("PeerCheck: %d of %d cases agree with jlama%n", cases - disagreements, cases);
        System.exit(disagreements == 0 ? 0 : 1);
    }

    private static boolean check(JlamaPeer peer, PeerManifest.Case c, int index) {
        boolean agrees = true;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  case %d, %d prompt tokens:", index, c.prompt().length));
        float[][] theirs = peer.promptLogits(c.prompt(), c.logits().length);
        for (int row = 0; row < c.logits().length; row++) {
            LogitAgreement logits = LogitAgreement.of(c.logits()[row], theirs[row], Tolerance.DEFAULT);
            agrees &= logits.agrees();
            line.append(String.format(Locale.ROOT, "%n    logits at position %d: max |diff| %.3e, relative %.3e (bound %.3e, max |logit| %.3f) %s",
                    c.positionOfRow(row), logits.maxAbsDiff(), logits.relativeDiff(), logits.bound(), logits.scale(),
                    logits.agrees() ? "ok" : "DISAGREE"));
        }
        if (c.greedy().length > 0) {
            GreedyAgreement greedy = GreedyAgreement.of(c.greedy(), peer.greedy(c.prompt(), c.greedy().length, true), Tolerance.DEFAULT);
            agrees &= greedy.agrees();
            line.append(String.format(Locale.ROOT, "%n    greedy: %d of %d tokens identical", greedy.matched(), greedy.total()));
            if (!greedy.identical()) {
                line.append(String.format(Locale.ROOT, ", then jlama's choice leads ours by %.3e (near-tie bound %.3e) %s",
                        greedy.margin(), greedy.bound(), greedy.nearTie() ? "near-tie, ok" : "DISAGREE"));
            }
        }
        System.out.println(line);
        return agrees;
    }
}
