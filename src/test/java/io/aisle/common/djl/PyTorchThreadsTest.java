package io.aisle.common.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class PyTorchThreadsTest {

    @Test
    void threadCountOfOneThreadLeavesOtherThreadsAtTheProcessDefault() throws Exception {
        PyTorchEngine.get();
        int callerBefore = PyTorchEngine.threadsOfCurrentThread();
        int processDefault = onNewThread(PyTorchEngine::threadsOfCurrentThread);
        int other = processDefault + 1;

        int seenByWorker = onNewThread(() -> {
            PyTorchEngine.useThreadsOnCurrentThread(other);
            // a thread that starts using PyTorch meanwhile must still get the default
            int seenByLaterThread = onNewThread(PyTorchEngine::threadsOfCurrentThread);
            assertEquals(processDefault, seenByLaterThread, "a thread started after the worker's setting");
            return PyTorchEngine.threadsOfCurrentThread();
        });

        assertEquals(other, seenByWorker, "the worker's own count");
        assertEquals(callerBefore, PyTorchEngine.threadsOfCurrentThread(), "the calling thread's count");
        assertEquals(processDefault, onNewThread(PyTorchEngine::threadsOfCurrentThread), "a fresh thread's count");
    }

    private static int onNewThread(Callable<Integer> action) throws Exception {
        FutureTask<Integer> task = new FutureTask<>(action);
        new Thread(task).start();
        return task.get();
    }
}
