package com.newsroom.contentapi.media;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one pool every decode and resize runs on: {@code contentapi.images.workers} threads
 * and a queue of {@code contentapi.images.queue} jobs. Decoding is what takes memory (a
 * subsampled picture, megabytes each), so however many uploads and renditions arrive
 * together, only that many are in memory at once; a job that finds the queue full or
 * waits longer than {@code queue-timeout} is refused with HTTP 503 and
 * {@code RATE_LIMITED}, and the client tries again.
 */
@Component
class ImageWorkers implements DisposableBean {

	private static final int RETRY_AFTER_SECONDS = 2;

	private final ThreadPoolExecutor pool;

	private final long timeoutMillis;

	ImageWorkers(ImageProperties properties) {
		AtomicInteger threads = new AtomicInteger();
		int workers = Math.max(1, properties.workers());
		this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, properties.queue())), runnable -> {
					Thread thread = new Thread(runnable, "image-worker-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.timeoutMillis = properties.queueTimeout().toMillis();
	}

	/**
	 * Runs the job on the pool and waits for it; its own exceptions come back as thrown.
	 */
	<T> T run(Callable<T> job) {
		Future<T> future;
		try {
			future = this.pool.submit(job);
		}
		catch (RejectedExecutionException ex) {
			throw busy();
		}
		try {
			return future.get(this.timeoutMillis, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw busy();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw busy();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static ApiException busy() {
		return new ApiException(ErrorCode.RATE_LIMITED, "Too many images are being processed; try again shortly",
				Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
