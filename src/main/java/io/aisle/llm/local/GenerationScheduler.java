package io.aisle.llm.local;

import io.aisle.llm.runtime.CausalLm;
import io.aisle.llm.runtime.Sequence;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Serves generation requests on one worker thread: up to {@code maxConcurrent} sequences are decoded
 * together, one token each in turn, and further requests wait in a bounded queue (a full queue refuses
 * at once, so that callers can answer 503 instead of piling up). A single worker keeps the model's
 * memory use bounded and leaves the other cores to the rest of the app.
 */
public final class GenerationScheduler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GenerationScheduler.class);

    private final CausalLm model;
    private final int maxConcurrent;
    private final BlockingQueue<DecodeTask> queue;
    private final Thread worker;
    private final AtomicInteger active = new AtomicInteger();
    private final Runnable workerSetup;
    private volatile boolean running = true;

    /** @param workerSetup runs first on the worker thread, e.g. to give it its own PyTorch thread count */
    public GenerationScheduler(CausalLm model, int maxConcurrent, int maxQueued, Runnable workerSetup) {
        this.model = model;
        this.workerSetup = workerSetup;
        this.maxConcurrent = maxConcurrent;
        this.queue = new ArrayBlockingQueue<>(maxQueued);
        this.worker = new Thread(this::serve, "llm-generation");
        worker.setDaemon(true);
        worker.start();
    }

    void submit(DecodeTask task) {
        if (!running || !queue.offer(task)) {
            throw new GenerationRefusedException("the model is busy: " + queue.size() + " requests are waiting");
        }
    }

    /** Requests waiting or being decoded. */
    public int pending() {
        return queue.size() + active.get();
    }

    private void serve() {
        try {
            workerSetup.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "the generation worker could not be set up; it serves with the process defaults");
        }
        List<Running> active = new ArrayList<>();
        while (running) {
            try {
                admit(active);
                Iterator<Running> it = active.iterator();
                while (it.hasNext()) {
                    if (!it.next().advance()) {
                        it.remove();
                    }
                }
                this.active.set(active.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        active.forEach(r -> r.end(new GenerationRefusedException("the model was shut down")));
        queue.forEach(t -> t.fail(new GenerationRefusedException("the model was shut down")));
    }

    private void admit(List<Running> active) throws InterruptedException {
        while (active.size() < maxConcurrent) {
            DecodeTask task = active.isEmpty() ? queue.poll(1, TimeUnit.SECONDS) : queue.poll();
            if (task == null) {
                return;
            }
            Running started = Running.start(model, task);
            if (started != null) {
                active.add(started);
            }
            this.active.set(active.size());
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A task with its sequence and the logits it has not yet answered. */
    private static final class Running {
        private final DecodeTask task;
        private final Sequence sequence;
        private float[] logits;

        private Running(DecodeTask task, Sequence sequence, float[] logits) {
            this.task = task;
            this.sequence = sequence;
            this.logits = logits;
        }

        /** Prefills the prompt; null when the task failed or was cancelled before it started. */
        static Running start(CausalLm model, DecodeTask task) {
            if (task.cancelled()) {
                task.complete();
                return null;
            }
            Sequence sequence = null;
            try {
                sequence = model.newSequence(task.cacheSize());
                return new Running(task, sequence, sequence.append(task.prompt()));
            } catch (RuntimeException e) {
                if (sequence != null) {
                    sequence.close();
                }
                LOG.warnf("generation failed at prefill: %s", e.toString());
                task.fail(e);
                return null;
            }
        }

        /** One decode step; false when this task is finished. */
        boolean advance() {
            try {
                int token = task.cancelled() ? -1 : task.step(logits);
                if (token < 0) {
                    end(null);
                    return false;
                }
                logits = sequence.append(new int[] {token});
                return true;
            } catch (RuntimeException e) {
                LOG.warnf("generation failed while decoding: %s", e.toString());
                end(e);
                return false;
            }
        }

        void end(RuntimeException error) {
            sequence.close();
            if (error == null) {
                task.complete();
            } else {
                task.fail(error);
            }
        }
    }
}
