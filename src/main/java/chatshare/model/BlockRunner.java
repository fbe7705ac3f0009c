package chatshare.model;

import java.util.concurrent.ForkJoinPool;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Runs a body over fixed user blocks on a private pool. Block boundaries depend only on the
 * population size, never on the thread count, so results are identical for any thread count.
 */
public final class BlockRunner implements AutoCloseable {
    /** Users per block: fixed so that random streams and results do not depend on threads. */
    public static final int BLOCK_SIZE = 1 << 14;

    private final Block[] blocks;
    private final ForkJoinPool pool;

    /** The blocks of users, each with scratch space for a choice set of this many alternatives and firms. */
    BlockRunner(int users, int threads, int alternatives, int firms) {
        this.blocks = new Block[(users + BLOCK_SIZE - 1) / BLOCK_SIZE];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new Block(b, users, alternatives, firms);
        }
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /** The blocks in order (sequential work and the merge after a parallel phase visit them so). */
    List<Block> blocks() {
        return List.of(blocks);
    }

    public static int start(int block) {
        return block * BLOCK_SIZE;
    }

    public static int end(int block, int users) {
        return Math.min(users, (block + 1) * BLOCK_SIZE);
    }

    /** Runs body(block) for every block, in parallel on the pool; returns when all are done. */
    void forEachBlock(Consumer<Block> body) {
        if (pool == null || blocks.length == 1) {
            for (Block b : blocks) {
                body.accept(b);
            }
        } else {
            pool.submit(() -> IntStream.range(0, blocks.length).parallel().forEach(b -> body.accept(blocks[b]))).join();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
