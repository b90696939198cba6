package dev.goldshop.benchmarks.internal;

/** One unit of measured work, done by the SDK or by the floor. */
@FunctionalInterface
public interface Operation {
    /**
     * Does the work once.
     *
     * @param side who does it
     * @param worker the worker thread's number, from 0
     * @param sequence how many operations this worker did before in this round
     * @throws Exception if the work fails (the benchmark stops: a failing operation measures nothing)
     */
    void run(Side side, int worker, long sequence) throws Exception;
}
