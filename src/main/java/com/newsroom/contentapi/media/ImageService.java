package com.newsroom.contentapi.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.CachedById;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.media.ImageCodec.SourceType;
import com.newsroom.contentapi.media.ImageInputs.ImageTextInput;
import com.newsroom.contentapi.media.ImageInputs.UpdateImageInput;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.text.Digests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images: uploading them, reading them by id (kept in memory like tags and authors,
 * {@link CachedById}, since every listed article may show one), and editing their texts
 * and focal point. Owns the {@code images} collection (unique index on the SHA-256) and
 * the GridFS bucket {@code image_originals}, where each original is kept as uploaded, to
 * make renditions from; originals are never served.
 * <p>
 * An upload is checked before anything is stored: its size, its type from its first
 * bytes, its pixel count from its header, then a full (subsampled) decode on the
 * {@link ImageWorkers} pool, which refuses truncated files. The same bytes uploaded
 * twice, at the same time included, give the same image.
 */
@Service
public class ImageService {

	static final String ORIGINALS_BUCKET = "image_originals";

	/** The size decoding subsamples to at upload: enough for the placeholder. */
	private static final int PROBE_SIDE = 96;

	private final MongoTemplate mongo;

	private final GridFsTemplate originals;

	private final ImageWorkers workers;

	private final ImageProperties properties;

	private final LocaleCatalog locales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CachedById<Image> byId;

	ImageService(MongoTemplate mongo, MongoDatabaseFactory databases, ImageWorkers workers, ImageProperties properties,
			LocaleCatalog locales, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.originals = new GridFsTemplate(databases, mongo.getConverter(), ORIGINALS_BUCKET);
		this.workers = workers;
		this.properties = properties;
		this.locales = locales;
		this.events = events;
		this.clock = clock;
		this.byId = new CachedById<>(ImageCacheKeys.IMAGE, Image::id, properties.cacheTtl(), clock);
		mongo.indexOps(Image.class).createIndex(new Index("sha256", Sort.Direction.ASC).unique());
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	/** An upload's outcome: the image, and whether these bytes were new. */
	public record Uploaded(Image image, boolean created) {
	}

	public Uploaded upload(MultipartFile file, Caller caller) {
		if (file.isEmpty()) {
			throw ImageRefusal.NOT_AN_IMAGE.exception("The file is empty");
		}
		long maxBytes = this.properties.maxUploadSize().toBytes();
		if (file.getSize() > maxBytes) {
			throw tooLarge(maxBytes);
		}
		byte[] head;
		MessageDigest digest = Digests.newSha256();
		try (InputStream input = new DigestInputStream(file.getInputStream(), digest)) {
			head = input.readNBytes(512);
			input.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SourceType type = ImageCodec.sniff(head);
		String sha256 = HexFormat.of().formatHex(digest.digest());
		Image existing = findBySha256(sha256);
		if (existing != null) {
			return new Uploaded(existing, false);
		}
		Probe probe = this.workers.run(() -> {
			try (InputStream input = file.getInputStream()) {
				ImageCodec.Decoded decoded = ImageCodec.decode(input, type, this.properties.maxPixels(),
						(width, height) -> ImageCodec.subsamplingFor(Math.max(width, height), PROBE_SIDE));
				return new Probe(decoded.width(), decoded.height(), ImageCodec.placeholder(decoded));
			}
		});
		ObjectId fileId;
		try (InputStream input = file.getInputStream()) {
			fileId = this.originals.store(input, sha256, type.mediaType, new Document("sha256", sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Image image = new Image(null, sha256, type.mediaType, probe.width(), probe.height(), file.getSize(),
				fileId.toHexString(), Map.of(), Map.of(), Map.of(), Image.FocalPoint.CENTRE, probe.placeholder(),
				caller.name(), this.clock.instant(), this.clock.instant(), null);
		try {
			Image saved = this.mongo.insert(image);
			this.events.publishEvent(ImageCacheKeys.changed(saved.id()));
			return new Uploaded(saved, true);
		}
		catch (DuplicateKeyException ex) {
			this.originals.delete(Query.query(Criteria.where("_id").is(fileId)));
			Image winner = findBySha256(sha256);
			if (winner == null) {
				throw ex;
			}
			return new Uploaded(winner, false);
		}
	}

	private record Probe(int width, int height, String placeholder) {
	}

	static ApiException tooLarge(long maxBytes) {
		return ImageRefusal.TOO_LARGE
			.exception("The file is larger than " + (maxBytes / (1024 * 1024)) + " MB, the most an upload may have");
	}

	private @Nullable Image findBySha256(String sha256) {
		return this.mongo.findOne(Query.query(Criteria.where("sha256").is(sha256)), Image.class);
	}

	public Optional<Image> findById(String id) {
		return Optional.ofNullable(findAllById(List.of(id)).get(id));
	}

	/**
	 * Images by id, for a page of articles or authors: from memory, and those not there
	 * in one query. Unknown ids are left out.
	 */
	public Map<String, Image> findAllById(Collection<String> ids) {
		List<String> valid = ids.stream().filter(ObjectId::isValid).toList();
		return this.byId.findAll(valid,
				missing -> this.mongo.find(Query.query(Criteria.where("_id").in(missing)), Image.class));
	}

	/** The image if it is in memory, without reading MongoDB. */
	@Nullable Image cached(String id) {
		return this.byId.cached(id);
	}

	/**
	 * The id of an image that must exist, as given in an input field; an unknown id is
	 * the client's mistake.
	 */
	public String requireExisting(String id, String field) {
		if (findById(id).isEmpty()) {
			throw ApiException.badInput(field, "no image with id '" + id + "'");
		}
		return id;
	}

	/** The original's bytes, read from GridFS (to make a rendition). */
	InputStream original(Image image) throws IOException {
		var file = this.originals.findOne(Query.query(Criteria.where("_id").is(new ObjectId(image.fileId()))));
		if (file == null) {
			throw new IOException("The original of image " + image.id() + " is missing from GridFS");
		}
		return this.originals.getResource(file).getInputStream();
	}

	public Image update(String id, UpdateImageInput input, Caller caller) {
		Image current = findExisting(id);
		Map<String, String> alts = current.alts();
		Map<String, String> captions = current.captions();
		Map<String, String> credits = current.credits();
		if (input.texts() != null) {
			alts = new LinkedHashMap<>();
			captions = new LinkedHashMap<>();
			credits = new LinkedHashMap<>();
			for (var entry : this.locales.byLocale(input.texts(), ImageTextInput::locale, "input.texts").entrySet()) {
				putIfText(alts, entry.getKey(), entry.getValue().alt());
				putIfText(captions, entry.getKey(), entry.getValue().caption());
				putIfText(credits, entry.getKey(), entry.getValue().credit());
			}
		}
		Image.FocalPoint focus = (input.focalPoint() != null)
				? new Image.FocalPoint(input.focalPoint().x(), input.focalPoint().y()) : current.focalPoint();
		try {
			Image saved = this.mongo.save(current.withTexts(alts, captions, credits, focus, this.clock.instant()));
			this.events.publishEvent(ImageCacheKeys.changed(id));
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw ApiException.conflict("The image was changed at the same time; retry", Map.of());
		}
	}

	private Image findExisting(String id) {
		Image image = ObjectId.isValid(id) ? this.mongo.findById(id, Image.class) : null;
		if (image == null) {
			throw ApiException.notFound("No image with id " + id);
		}
		return image;
	}

	private static void putIfText(Map<String, String> texts, String locale, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			texts.put(locale, text.strip());
		}
	}

	/** Content changed here or elsewhere: drop the images it names. */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		this.byId.changed(event);
	}

}
