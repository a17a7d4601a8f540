package com.newsroom.contentapi.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Renditions, made once and kept: in memory on each instance (up to
 * {@code contentapi.images.rendition-cache-size}), in the GridFS bucket
 * {@code image_renditions} for every instance, and made from the original on the
 * {@link ImageWorkers} pool when neither has it. Concurrent first requests for the same
 * rendition wait for one making (the first request makes it outside the cache's locks;
 * the others wait on its future). A rendition's bytes depend only on the original and its
 * name, so its ETag is known before it is made.
 */
@Component
class Renditions {

	static final String BUCKET = "image_renditions";

	/**
	 * Changes when renditions of the same name would come out different (resizer,
	 * quality).
	 */
	private static final String VERSION = "r1";

	private final ImageService images;

	private final ImageWorkers workers;

	private final ImageProperties properties;

	private final GridFsTemplate stored;

	private final AsyncCache<String, Rendition> memory;

	Renditions(ImageService images, ImageWorkers workers, ImageProperties properties, MongoTemplate mongo,
			MongoDatabaseFactory databases) {
		this.images = images;
		this.workers = workers;
		this.properties = properties;
		this.stored = new GridFsTemplate(databases, mongo.getConverter(), BUCKET);
		this.memory = Caffeine.newBuilder()
			.maximumWeight(properties.renditionCacheSize().toBytes())
			.weigher((String key, Rendition rendition) -> rendition.bytes().length)
			.buildAsync();
	}

	record Rendition(byte[] bytes, String mediaType) {
	}

	static String etag(Image image, RenditionSpec spec) {
		return "\"" + image.sha256().substring(0, 20) + "-" + spec.name() + "-" + VERSION + "\"";
	}

	Rendition get(Image image, RenditionSpec spec) {
		String key = image.id() + "/" + spec.name() + "/" + VERSION;
		CompletableFuture<Rendition> mine = new CompletableFuture<>();
		CompletableFuture<Rendition> existing = this.memory.asMap().putIfAbsent(key, mine);
		if (existing != null) {
			return join(existing);
		}
		try {
			mine.complete(load(image, spec, key));
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			this.memory.asMap().remove(key, mine);
		}
		return join(mine);
	}

	private static Rendition join(CompletableFuture<Rendition> rendition) {
		try {
			return rendition.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private Rendition load(Image image, RenditionSpec spec, String key) {
		GridFSFile file = this.stored.find(Query.query(Criteria.where("filename").is(key))).first();
		if (file != null) {
			try (InputStream input = this.stored.getResource(file).getInputStream()) {
				return new Rendition(input.readAllBytes(), spec.format().mediaType);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		byte[] bytes = this.workers.run(() -> make(image, spec));
		this.stored.store(new ByteArrayInputStream(bytes), key, spec.format().mediaType,
				new Document("imageId", image.id()));
		return new Rendition(bytes, spec.format().mediaType);
	}

	private byte[] make(Image image, RenditionSpec spec) throws IOException {
		try (InputStream original = this.images.original(image)) {
			ImageCodec.Decoded decoded = ImageCodec.decode(original,
					ImageCodec.SourceType.ofMediaType(image.mediaType()), this.properties.maxPixels(),
					(width, height) -> ImageCodec.subsamplingFor(cropWidth(width, height, spec, image), spec.width()));
			return ImageCodec.encode(
					ImageCodec.render(decoded, spec.width(), spec.ratio(), image.focalPoint(), spec.format()),
					spec.format(), this.properties.jpegQuality());
		}
	}

	private static int cropWidth(int width, int height, RenditionSpec spec, Image image) {
		return (spec.ratio() != null) ? ImageCodec.crop(width, height, spec.ratio(), image.focalPoint()).width : width;
	}

}
