package chatshare.model;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a body over fixed user blocks on a private pool. Block boundaries depend only on the
 * population size, never on the thread count, so results are identical for any thread count.
 */
public final class BlockRunner implements AutoCloseable {
    /** Users per block: fixed so that random streams and results do not depend on threads. */
    public static final int BLOCK_SIZE = 1 << 14;

    private final int blocks;
    private final ForkJoinPool pool;

    public BlockRunner(int users, int threads) {
        this.blocks = (users + BLOCK_SIZE - 1) / BLOCK_SIZE;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    public int blocks() {
        return blocks;
    }

    public static int start(int block) {
        return block * BLOCK_SIZE;
    }

    public static int end(int block, int users) {
        return Math.min(users, (block + 1) * BLOCK_SIZE);
    }

    /** Runs body(block) for every block; returns when all are done. */
    public void forEachBlock(IntConsumer body) {
        if (pool == null || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                body.accept(b);
            }
        } else {
            pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(body)).join();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
