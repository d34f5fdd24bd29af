package vn.doanket.fund;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The lines of an opened statement with their clues, a batch at a time: each batch is read on a thread of its own
 * while the caller matches and stores the one before, so that reading a large statement and writing it to the
 * database overlap instead of following each other.
 */
final class StatementBatches implements AutoCloseable {

	/** Lines per batch: large enough for the database's per-statement work to be small beside the rows. */
	static final int SIZE = 50_000;

	/** Lines of the first batch: fewer, so that the database starts sooner. */
	static final int FIRST_SIZE = 10_000;

	/** The next lines of the statement, with their clues, and the records of that part that could not be read. */
	record Batch(List<StatementMatching.Clued> lines, List<RejectedLine> rejected) {
	}

	private final StatementReader reader;

	private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "statement-reading");
		thread.setDaemon(true);
		return thread;
	});

	private Future<Batch> next;

	private long waitedNanos;

	/** Starts reading the first batch; the reader is from then on used by the reading thread only. */
	StatementBatches(StatementReader reader) {
		this.reader = reader;
		this.next = ahead.submit(() -> read(FIRST_SIZE));
	}

	/** The next batch, or empty at the end of the statement; reading of the batch after it starts. */
	Optional<Batch> next() {
		long started = System.nanoTime();
		Batch batch = await(next);
		waitedNanos += System.nanoTime() - started;
		if (batch == null) {
			return Optional.empty();
		}
		next = ahead.submit(() -> read(SIZE));
		return Optional.of(batch);
	}

	/** How long the caller waited for batches to be read (in milliseconds): the reading it could not overlap. */
	long waitedMillis() {
		return waitedNanos / 1_000_000;
	}

	private Batch read(int size) {
		if (!reader.hasNext()) {
			return null;
		}
		StatementRead read = reader.next(size);
		return new Batch(StatementMatching.clues(read.lines()), read.rejected());
	}

	private static Batch await(Future<Batch> batch) {
		try {
			return batch.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading a statement", ex);
		}
	}

	/** Stops reading ahead (after the last batch, or when storing failed). */
	@Override
	public void close() {
		ahead.shutdownNow();
	}

}
