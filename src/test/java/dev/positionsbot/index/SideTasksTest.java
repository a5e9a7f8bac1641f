package dev.positionsbot.index;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SideTasksTest {

    @Test
    void aFreeHelperRunsTheTaskWhileTheCallerWorks() throws Exception {
        try (SideTasks tasks = new SideTasks(1, "side")) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            SideTasks.Pending<String> p = tasks.start(() -> {
                started.countDown();
                release.await(10, TimeUnit.SECONDS);
                return Thread.currentThread().getName();
            });
            assertTrue(started.await(10, TimeUnit.SECONDS), "the helper never started the task");
            release.countDown();
            assertEquals("side-1", p.join());
        }
    }

    @Test
    void theCallerRunsTheTaskItselfWhenTheHelperIsBusy() throws Exception {
        try (SideTasks tasks = new SideTasks(1, "side")) {
            CountDownLatch helperBusy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            SideTasks.Pending<String> blocking = tasks.start(() -> {
                helperBusy.countDown();
                release.await(10, TimeUnit.SECONDS);
                return "first";
            });
            assertTrue(helperBusy.await(10, TimeUnit.SECONDS));
            AtomicInteger runs = new AtomicInteger();
            SideTasks.Pending<String> second = tasks.start(() -> {
                runs.incrementAndGet();
                return Thread.currentThread().getName();
            });
            // returns while the only helper is still blocked: the caller did not wait behind the queue
            assertEquals(Thread.currentThread().getName(), second.join());
            release.countDown();
            assertEquals("first", blocking.join());
            // the helper reaches the queued copy of the second task and skips it
            awaitHelperDrained(tasks);
            assertEquals(1, runs.get(), "a task the caller ran was run again");
        }
    }

    @Test
    void withoutHelpersEveryTaskRunsOnItsCaller() throws Exception {
        try (SideTasks tasks = new SideTasks(0, "side")) {
            assertEquals(Thread.currentThread().getName(), tasks.start(() -> Thread.currentThread().getName()).join());
        }
    }

    @Test
    void aClosedSetOfHelpersStillRunsTasksOnTheCaller() throws Exception {
        SideTasks tasks = new SideTasks(1, "side");
        tasks.close();
        assertEquals(42, tasks.start(() -> 42).join());
    }

    @Test
    void anIoExceptionOfTheTaskReachesTheCallerAsItself() {
        try (SideTasks tasks = new SideTasks(1, "side")) {
            SideTasks.Pending<Object> p = tasks.start(() -> {
                throw new IOException("disk gone");
            });
            assertEquals("disk gone", assertThrows(IOException.class, p::join).getMessage());
        }
    }

    @Test
    void anUncheckedExceptionOfTheTaskReachesTheCallerAsItself() {
        try (SideTasks tasks = new SideTasks(1, "side")) {
            SideTasks.Pending<Object> p = tasks.start(() -> {
                throw new IndexException("bad vector field");
            });
            assertEquals("bad vector field", assertThrows(IndexException.class, p::join).getMessage());
        }
    }

    @Test
    void aCancelledTaskThatNobodyStartedNeverRuns() throws Exception {
        try (SideTasks tasks = new SideTasks(1, "side")) {
            CountDownLatch helperBusy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            tasks.start(() -> {
                helperBusy.countDown();
                release.await(10, TimeUnit.SECONDS);
                return null;
            });
            assertTrue(helperBusy.await(10, TimeUnit.SECONDS));
            AtomicInteger runs = new AtomicInteger();
            SideTasks.Pending<Integer> p = tasks.start(runs::incrementAndGet);
            p.cancel();
            release.countDown();
            awaitHelperDrained(tasks);
            assertEquals(0, runs.get());
        }
    }

    /** Waits until the single helper has run a task queued after everything before it. */
    private static void awaitHelperDrained(SideTasks tasks) throws InterruptedException {
        CountDownLatch drained = new CountDownLatch(1);
        tasks.start(() -> {
            drained.countDown();
            return null;
        });
        assertTrue(drained.await(10, TimeUnit.SECONDS), "the helper never reached the end of its queue");
    }

    @Test
    void negativeHelperCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SideTasks(-1, "side"));
    }
}
